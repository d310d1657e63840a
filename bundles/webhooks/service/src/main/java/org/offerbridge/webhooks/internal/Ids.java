package org.offerbridge.webhooks.internal;

import java.util.UUID;

/** Row ids that sort by creation time, so lists page by id alone (keyset pagination). */
final class Ids {
    static final int LENGTH = 52;

    private Ids() {
    }

    static String next(long nowMillis) {
        return String.format("%015d-%s", nowMillis, UUID.randomUUID());
    }

    /** Standard Webhooks message ids: a prefix and a random part, stable across retries. */
    static String messageId() {
        return messageId(UUID.randomUUID().toString());
    }

    /** The message id of another capability's event (a UUID), so the same event told twice is one message. */
    static String messageId(String eventId) {
        return "msg_" + eventId.replace("-", "");
    }
}
