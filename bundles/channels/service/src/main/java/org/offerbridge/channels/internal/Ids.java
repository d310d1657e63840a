package org.offerbridge.channels.internal;

import java.util.UUID;

/** Row ids that sort by creation time, so lists page by id alone (keyset pagination). */
final class Ids {
    static final int LENGTH = 52;

    private Ids() {
    }

    static String next(long nowMillis) {
        return String.format("%015d-%s", nowMillis, UUID.randomUUID());
    }
}
