package org.offerbridge.platform.internal.plans;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Monthly usage counted in memory and written to the database in the background, so metering a parse costs
 * no database round trip. Each counter knows the stored total (as of its last sync) and what this node added
 * since; the quota is checked against both. Another node's usage is seen at the next sync, at most
 * {@code staleMillis} later, so a cluster can overshoot a quota by what the other nodes admitted in that time.
 */
final class UsageBuffer {

    /** Where totals live. */
    interface Store {
        long load(String tenantId, String metric, String period);

        /** Adds to the stored total (creating it) and returns the new total. */
        long add(String tenantId, String metric, String period, long amount);
    }

    /** Thrown when the quota would be exceeded; nothing is counted then. */
    static final class OverQuota extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverQuota() {
            super(null, null, false, false);
        }
    }

    private record Key(String tenantId, String metric, String period) {
    }

    private static final class Counter {
        long stored;
        long pending;
        long syncedAt;
    }

    private final Store store;
    private final LongSupplier clock;
    private final long staleMillis;
    private final Map<Key, Counter> counters = new ConcurrentHashMap<>();

    UsageBuffer(Store store, LongSupplier clock, long staleMillis) {
        this.store = store;
        this.clock = clock;
        this.staleMillis = staleMillis;
    }

    /** Counts {@code amount} unless it takes the total above {@code limit} (negative: unlimited). */
    void consume(String tenantId, String metric, String period, long amount, long limit) {
        Counter c = counters.computeIfAbsent(new Key(tenantId, metric, period), k -> new Counter());
        synchronized (c) {
            long now = clock.getAsLong();
            if (c.syncedAt == 0 || (c.pending == 0 && now - c.syncedAt >= staleMillis)) {
                c.stored = store.load(tenantId, metric, period);
                c.syncedAt = now;
            }
            if (limit >= 0 && c.stored + c.pending + amount > limit) {
                throw new OverQuota();
            }
            c.pending += amount;
        }
    }

    /** What was used, including what is not written yet. */
    long used(String tenantId, String metric, String period) {
        Counter c = counters.get(new Key(tenantId, metric, period));
        if (c != null) {
            synchronized (c) {
                if (c.syncedAt != 0) {
                    return c.stored + c.pending;
                }
            }
        }
        return store.load(tenantId, metric, period);
    }

    /**
     * Writes what each counter added since its last sync; a counter that fails keeps its pending amount for the
     * next flush. Counters of past months are dropped once written. Returns how many counters failed.
     * One flush at a time: two would both write the same pending amount.
     */
    synchronized int flush(String currentPeriod) {
        int failed = 0;
        for (Iterator<Map.Entry<Key, Counter>> it = counters.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Key, Counter> e = it.next();
            Key k = e.getKey();
            Counter c = e.getValue();
            long take;
            synchronized (c) {
                take = c.pending;
            }
            if (take > 0) {
                try {
                    long total = store.add(k.tenantId(), k.metric(), k.period(), take);
                    synchronized (c) {
                        c.pending -= take;
                        c.stored = total;
                        c.syncedAt = clock.getAsLong();
                    }
                } catch (RuntimeException ex) {
                    failed++;
                    continue;
                }
            }
            if (!k.period().equals(currentPeriod)) {
                synchronized (c) {
                    if (c.pending == 0) {
                        it.remove();
                    }
                }
            }
        }
        return failed;
    }
}
