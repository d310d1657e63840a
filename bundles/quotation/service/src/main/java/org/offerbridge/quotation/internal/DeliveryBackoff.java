package org.offerbridge.quotation.internal;

import java.util.List;

/**
 * When a delivery that failed is tried again: 1 min, 5 min, 30 min, 2 h, 6 h, 12 h, 24 h (a unit is a second in
 * production; tests shrink it), then it is given up after 8 attempts over about two days. Mail servers that are down
 * for maintenance come back well within that; a refused address fails at once instead.
 */
final class DeliveryBackoff {
    static final List<Long> DELAYS_SECONDS = List.of(60L, 300L, 1_800L, 7_200L, 21_600L, 43_200L, 86_400L);
    static final int MAX_ATTEMPTS = DELAYS_SECONDS.size() + 1;

    private final long unitMillis;

    DeliveryBackoff(long unitMillis) {
        this.unitMillis = Math.max(1, unitMillis);
    }

    /** Milliseconds to wait after {@code failedAttempts} failures, or -1 when the delivery is given up. */
    long delayAfter(int failedAttempts) {
        if (failedAttempts < 1 || failedAttempts > DELAYS_SECONDS.size()) {
            return -1;
        }
        return DELAYS_SECONDS.get(failedAttempts - 1) * unitMillis;
    }
}
