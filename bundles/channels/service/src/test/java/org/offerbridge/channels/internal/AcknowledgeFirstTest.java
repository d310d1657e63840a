package org.offerbridge.channels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AcknowledgeFirstTest {
    private final AcknowledgeFirst gate = new AcknowledgeFirst();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdownNow();
    }

    /** Starts a call that stays in flight until {@link #release} and waits until it is counted. */
    private Future<String> callInFlight() throws InterruptedException {
        CountDownLatch inCall = new CountDownLatch(1);
        Future<String> ack = pool.submit(() -> gate.acknowledging(() -> {
            inCall.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "acknowledged";
        }));
        assertTrue(inCall.await(5, TimeUnit.SECONDS));
        return ack;
    }

    @Test
    void processingWaitsForAnAcknowledgementInFlightAndGoesOnWhenItEnds() throws Exception {
        Future<String> ack = callInFlight();
        assertTrue(gate.busy());
        Future<AcknowledgeFirst.Turn> work = pool.submit(gate::turn);
        Thread.sleep(50);
        assertFalse(work.isDone(), "processing waits while a call is in flight");
        release.countDown();
        assertEquals("acknowledged", ack.get(5, TimeUnit.SECONDS));
        work.get(5, TimeUnit.SECONDS).close();
        assertFalse(gate.busy());
    }

    @Test
    void duringAFloodOfCallsOneItemAtATimeGoesAfterTheLongestWait() throws Exception {
        callInFlight();
        long start = System.nanoTime();
        AcknowledgeFirst.Turn first = gate.turn(); // the call is still in flight: this returns after the longest wait
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) >= AcknowledgeFirst.MAX_WAIT_MILLIS - 5);
        Future<AcknowledgeFirst.Turn> second = pool.submit(gate::turn);
        Thread.sleep(AcknowledgeFirst.MAX_WAIT_MILLIS * 2);
        assertFalse(second.isDone(), "a second item waits while the first holds the turn kept for processing during calls");
        first.close();
        second.get(5, TimeUnit.SECONDS).close();
    }

    @Test
    void withNoCallInFlightEveryItemGoesAtOnce() throws Exception {
        AcknowledgeFirst.Turn a = gate.turn();
        Future<AcknowledgeFirst.Turn> b = pool.submit(gate::turn);
        b.get(1, TimeUnit.SECONDS).close(); // not held back by the first, which is still running
        a.close();
    }

    @Test
    void aFailedCallIsCountedOut() {
        assertThrows(IllegalStateException.class, () -> gate.acknowledging(() -> {
            throw new IllegalStateException("refused");
        }));
        assertFalse(gate.busy(), "a refused call is no longer in flight");
    }
}
