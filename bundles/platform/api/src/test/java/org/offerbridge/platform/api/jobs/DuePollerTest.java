package org.offerbridge.platform.api.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class DuePollerTest {

    @Test
    void worksEachDueItemOnceAtATimeAndStopsWhenNothingIsDue() throws InterruptedException {
        Set<String> queue = ConcurrentHashMap.newKeySet();
        queue.addAll(List.of("a", "b", "c", "d", "e"));
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<String> worked = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(5);
        DuePoller<String> p = new DuePoller<>("test-poller", 2, limit -> queue.stream().limit(limit).toList(), s -> s, s -> {
            int now = concurrent.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worked.add(s);
            queue.remove(s); // the caller's state says it is done
            concurrent.decrementAndGet();
            done.countDown();
        }, e -> {
        }).every(5);
        assertTrue(done.await(10, TimeUnit.SECONDS));
        Thread.sleep(50);
        p.stop(1000);
        assertEquals(5, worked.size(), "each item once, although it stayed due while it was worked: " + worked);
        assertTrue(mostAtOnce.get() <= 2, "at most the pool's size at once");
    }

    @Test
    void aFailingLookIsReportedAndTheNextTickTriesAgain() throws InterruptedException {
        AtomicInteger looks = new AtomicInteger();
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch worked = new CountDownLatch(1);
        DuePoller<String> p = new DuePoller<>("test-poller", 1, limit -> {
            if (looks.incrementAndGet() == 1) {
                throw new IllegalStateException("database restarting");
            }
            return worked.getCount() == 0 ? List.of() : List.of("x");
        }, s -> s, s -> worked.countDown(), e -> reported.countDown()).every(5);
        assertTrue(reported.await(5, TimeUnit.SECONDS));
        assertTrue(worked.await(5, TimeUnit.SECONDS));
        p.stop(1000);
    }

    @Test
    void wakeLooksAtOnceWithoutWaitingForTheTick() throws InterruptedException {
        CountDownLatch worked = new CountDownLatch(1);
        DuePoller<String> p = new DuePoller<>("test-poller", 1, limit -> worked.getCount() == 0 ? List.of() : List.of("x"), s -> s,
                s -> worked.countDown(), e -> {
                }).every(60_000);
        p.wake();
        assertTrue(worked.await(5, TimeUnit.SECONDS));
        p.stop(1000);
    }

    @Test
    void aBurstOfWakesAsksOnceForWhatIsDue() throws InterruptedException {
        CountDownLatch firstLookStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger looks = new AtomicInteger();
        DuePoller<String> p = new DuePoller<String>("test-poller", 1, limit -> {
            looks.incrementAndGet();
            firstLookStarted.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.<String>of();
        }, s -> s, s -> {
        }, e -> {
        }).every(60_000);
        p.wake();
        assertTrue(firstLookStarted.await(5, TimeUnit.SECONDS));
        for (int i = 0; i < 100; i++) {
            p.wake(); // while the first look runs: one more look covers them all
        }
        release.countDown();
        Thread.sleep(300);
        p.stop(1000);
        assertEquals(2, looks.get(), "the first look and one for the 100 wakes during it");
    }

    @Test
    void aBacklogLargerThanOneBatchIsWorkedWithoutWaitingForTheTick() throws InterruptedException {
        Set<String> queue = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 20; i++) {
            queue.add("item-" + i);
        }
        CountDownLatch allDone = new CountDownLatch(20);
        DuePoller<String> p = new DuePoller<>("test-poller", 1, limit -> queue.stream().sorted().limit(limit).toList(), s -> s,
                s -> {
                    if (queue.remove(s)) {
                        allDone.countDown();
                    }
                }, e -> {
                }).every(60_000);
        p.wake();
        assertTrue(allDone.await(5, TimeUnit.SECONDS), "left: " + queue);
        p.stop(1000);
    }

    @Test
    void withPrefetchABacklogCostsOneLookPerBatchNotOnePerItem() throws InterruptedException {
        Set<String> queue = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 200; i++) {
            queue.add(String.format("item-%03d", i));
        }
        CountDownLatch allDone = new CountDownLatch(200);
        AtomicInteger looks = new AtomicInteger();
        AtomicInteger largest = new AtomicInteger();
        DuePoller<String> p = new DuePoller<>("test-poller", 2, limit -> {
            looks.incrementAndGet();
            largest.accumulateAndGet(limit, Math::max);
            return queue.stream().sorted().limit(limit).toList();
        }, s -> s, s -> {
            if (queue.remove(s)) {
                allDone.countDown();
            }
        }, e -> {
        }).prefetch(40).every(60_000);
        p.wake();
        assertTrue(allDone.await(5, TimeUnit.SECONDS), "left: " + queue);
        p.stop(1000);
        assertEquals(40, largest.get(), "asks for up to the prefetch");
        // without prefetch the pool of 2 would look after nearly every item (about 200 looks)
        assertTrue(looks.get() <= 200 / (40 - 3) + 3, "looks: " + looks.get());
    }
}
