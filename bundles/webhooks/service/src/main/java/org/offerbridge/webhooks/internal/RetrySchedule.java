package org.offerbridge.webhooks.internal;

import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again. The first attempt goes out at once; after the n-th failure the next
 * waits {@link #DELAYS_SECONDS}[n-1] units (a unit is a second in production; tests shrink it), give or take
 * {@value #JITTER_PERCENT}% so endpoints that failed together do not retry together. After the last delay's
 * attempt fails the message is given up: 11 attempts over about 3 days and 14 hours.
 */
final class RetrySchedule {
    /** 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, 14 h, 20 h, 24 h. */
    static final List<Long> DELAYS_SECONDS = List.of(5L, 300L, 1_800L, 7_200L, 18_000L, 36_000L, 36_000L, 50_400L, 72_000L, 86_400L);
    static final int JITTER_PERCENT = 10;
    /** The first attempt plus one per delay. */
    static final int MAX_ATTEMPTS = DELAYS_SECONDS.size() + 1;

    private final long unitMillis;
    private final DoubleSupplier random;

    RetrySchedule(long unitMillis, DoubleSupplier random) {
        if (unitMillis < 1) {
            throw new IllegalArgumentException("unitMillis must be positive");
        }
        this.unitMillis = unitMillis;
        this.random = random;
    }

    /**
     * The delay in milliseconds after {@code failedAttempts} scheduled attempts failed, or -1 when the
     * schedule is exhausted and the message has failed for good.
     */
    long delayAfter(int failedAttempts) {
        if (failedAttempts < 1 || failedAttempts > DELAYS_SECONDS.size()) {
            return -1;
        }
        long base = DELAYS_SECONDS.get(failedAttempts - 1) * unitMillis;
        double jitter = (random.getAsDouble() * 2 - 1) * JITTER_PERCENT / 100.0;
        return Math.max(1, Math.round(base * (1 + jitter)));
    }
}
