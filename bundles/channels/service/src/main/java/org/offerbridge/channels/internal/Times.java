package org.offerbridge.channels.internal;

import java.time.Instant;

/** Epoch millis in columns, Instants in the API. */
final class Times {
    private Times() {
    }

    static Instant instant(Long millis) {
        return millis == null || millis == 0 ? null : Instant.ofEpochMilli(millis);
    }
}
