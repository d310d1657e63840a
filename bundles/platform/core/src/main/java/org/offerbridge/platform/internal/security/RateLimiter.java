package org.offerbridge.platform.internal.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Token buckets keyed by caller (API key id, or client address for anonymous calls). Each bucket holds a
 * minute's allowance and refills continuously, so short bursts pass and sustained excess is refused.
 * In memory per node: with several nodes each enforces its own share.
 */
public final class RateLimiter {
    private static final int MAX_BUCKETS = 100_000;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    public RateLimiter(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    public RateLimiter() {
        this(System::nanoTime);
    }

    /**
     * Takes one token for {@code key} at {@code perMinute}; returns 0 when allowed, otherwise the seconds to
     * wait before a token is available (at least 1).
     */
    public long acquire(String key, int perMinute) {
        if (perMinute <= 0) {
            return 0;
        }
        if (buckets.size() > MAX_BUCKETS) {
            // Stale buckets are full anyway; dropping them only forgives callers, never blocks one.
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, nanoClock.getAsLong()));
        return bucket.take(perMinute, nanoClock.getAsLong());
    }

    /**
     * The seconds {@code key} would wait for a token at {@code perMinute}, without taking one: 0 when a request
     * may proceed.
     */
    public long waitFor(String key, int perMinute) {
        if (perMinute <= 0) {
            return 0;
        }
        Bucket bucket = buckets.get(key);
        return bucket == null ? 0 : bucket.waitFor(perMinute, nanoClock.getAsLong());
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        synchronized long take(int perMinute, long now) {
            double perNano = perMinute / 60e9;
            tokens = Math.min(perMinute, tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double wait = (1 - tokens) / perNano / 1e9;
            return Math.max(1, (long) Math.ceil(wait));
        }

        synchronized long waitFor(int perMinute, long now) {
            double perNano = perMinute / 60e9;
            double available = Math.min(perMinute, tokens + (now - last) * perNano);
            return available >= 1 ? 0 : Math.max(1, (long) Math.ceil((1 - available) / perNano / 1e9));
        }
    }
}
