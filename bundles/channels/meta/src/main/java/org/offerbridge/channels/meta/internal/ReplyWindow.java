package org.offerbridge.channels.meta.internal;

import java.time.Duration;
import java.time.Instant;

/** Meta's reply window: free-form replies only within 24 hours of the contact's last message. */
final class ReplyWindow {
    static final Duration LENGTH = Duration.ofHours(24);

    private ReplyWindow() {
    }

    static boolean open(Instant lastInboundAt, Instant now) {
        return lastInboundAt != null && now.isBefore(lastInboundAt.plus(LENGTH));
    }
}
