package org.offerbridge.platform.internal.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class UsageBufferTest {

    /** Totals in a map, counting round trips; can be made to fail. */
    static final class MapStore implements UsageBuffer.Store {
        final Map<String, Long> totals = new ConcurrentHashMap<>();
        final AtomicInteger loads = new AtomicInteger();
        volatile boolean broken;

        @Override
        public long load(String tenantId, String metric, String period) {
            loads.incrementAndGet();
            return totals.getOrDefault(tenantId + metric + period, 0L);
        }

        @Override
        public long add(String tenantId, String metric, String period, long amount) {
            if (broken) {
                throw new IllegalStateException("database down");
            }
            return totals.merge(tenantId + metric + period, amount, Long::sum);
        }
    }

    private final MapStore store = new MapStore();
    private final AtomicLong now = new AtomicLong(1_000);
    private final UsageBuffer buffer = new UsageBuffer(store, now::get, 10_000);

    @Test
    void countsInMemoryAndWritesOnFlush() {
        for (int i = 0; i < 5; i++) {
            buffer.consume("t1", "parses", "2026-11", 1, -1);
        }
        assertEquals(1, store.loads.get(), "one load, then memory");
        assertEquals(0L, store.totals.getOrDefault("t1parses2026-11", 0L), "nothing written before the flush");
        assertEquals(5, buffer.used("t1", "parses", "2026-11"));
        assertEquals(0, buffer.flush("2026-11"));
        assertEquals(5L, store.totals.get("t1parses2026-11"));
        assertEquals(5, buffer.used("t1", "parses", "2026-11"));
    }

    @Test
    void refusesBeyondTheLimitCountingWhatIsNotWrittenYet() {
        store.totals.put("t1parses2026-11", 8L);
        buffer.consume("t1", "parses", "2026-11", 1, 10);
        buffer.consume("t1", "parses", "2026-11", 1, 10);
        assertThrows(UsageBuffer.OverQuota.class, () -> buffer.consume("t1", "parses", "2026-11", 1, 10));
        assertEquals(10, buffer.used("t1", "parses", "2026-11"), "a refused amount is not counted");
        assertThrows(UsageBuffer.OverQuota.class, () -> buffer.consume("t1", "parses", "2026-11", 1, 0), "0 allows nothing");
    }

    @Test
    void aRefundGivesTheQuotaBackAndIsWrittenLikeAnyCount() {
        buffer.consume("t1", "quotes", "2026-11", 1, 1);
        assertThrows(UsageBuffer.OverQuota.class, () -> buffer.consume("t1", "quotes", "2026-11", 1, 1));
        buffer.consume("t1", "quotes", "2026-11", -1, -1); // what UsageMeterImpl.refund does when the quote's transaction failed
        assertEquals(0, buffer.used("t1", "quotes", "2026-11"));
        buffer.consume("t1", "quotes", "2026-11", 1, 1);
        assertEquals(0, buffer.flush("2026-11"));
        assertEquals(1L, store.totals.get("t1quotes2026-11"));
    }

    @Test
    void tenantsAndMonthsAreSeparate() {
        buffer.consume("t1", "parses", "2026-11", 3, 3);
        buffer.consume("t2", "parses", "2026-11", 3, 3);
        buffer.consume("t1", "parses", "2026-12", 3, 3);
        buffer.flush("2026-12");
        assertEquals(3L, store.totals.get("t1parses2026-11"));
        assertEquals(3L, store.totals.get("t2parses2026-11"));
        assertEquals(3L, store.totals.get("t1parses2026-12"));
    }

    @Test
    void aFailedFlushKeepsThePendingAmountForTheNextOne() {
        buffer.consume("t1", "parses", "2026-11", 4, -1);
        store.broken = true;
        assertEquals(1, buffer.flush("2026-11"));
        assertEquals(4, buffer.used("t1", "parses", "2026-11"));
        store.broken = false;
        assertEquals(0, buffer.flush("2026-11"));
        assertEquals(4L, store.totals.get("t1parses2026-11"));
    }

    @Test
    void anIdleCounterSeesOtherNodesUsageOnceStale() {
        buffer.consume("t1", "parses", "2026-11", 1, 5);
        buffer.flush("2026-11");
        store.totals.merge("t1parses2026-11", 4L, Long::sum); // another node counted 4
        now.addAndGet(10_000);
        assertThrows(UsageBuffer.OverQuota.class, () -> buffer.consume("t1", "parses", "2026-11", 1, 5));
    }

    /** Repeated: a race shows only now and then. */
    @RepeatedTest(25)
    void concurrentCallersNeverExceedTheLimitAndNothingIsLost() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger admitted = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    try {
                        buffer.consume("t1", "parses", "2026-11", 1, 3000);
                        admitted.incrementAndGet();
                    } catch (UsageBuffer.OverQuota e) {
                        // expected once the limit is reached
                    }
                    if (i % 50 == 0) {
                        buffer.flush("2026-11");
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        buffer.flush("2026-11");
        assertEquals(3000, admitted.get());
        assertEquals(3000L, store.totals.get("t1parses2026-11"));
    }
}
