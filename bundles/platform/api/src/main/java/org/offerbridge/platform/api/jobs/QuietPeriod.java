package org.offerbridge.platform.api.jobs;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Lets something happen at most once per key (usually a tenant) per period, so a failure that repeats tells the
 * workspace once (one system message an hour) instead of flooding it. Thread-safe; forgets keys whose period ended
 * when many are held.
 */
public final class QuietPeriod {
    private static final int FORGET_ABOVE = 10_000;
    private final long periodMillis;
    private final LongSupplier clock;
    private final Map<String, Long> last = new ConcurrentHashMap<>();

    public QuietPeriod(Duration period, LongSupplier clock) {
        this.periodMillis = period.toMillis();
        this.clock = clock;
    }

    /** True for the first call of a key and for the first call after its period ended; false in between. */
    public boolean due(String key) {
        long now = clock.getAsLong();
        boolean[] due = {false};
        last.compute(key, (k, at) -> {
            due[0] = at == null || now - at >= periodMillis;
            return due[0] ? now : at;
        });
        if (due[0] && last.size() > FORGET_ABOVE) {
            last.values().removeIf(at -> now - at >= periodMillis);
        }
        return due[0];
    }
}
