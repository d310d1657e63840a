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

import org.junit.jupiter.api.Test;

class AcknowledgeFirstTest {
    private final AcknowledgeFirst gate = new AcknowledgeFirst();

    @Test
    void processingWaitsForAnAcknowledgementInFlightAndGoesOnWhenItEnds() throws Exception {
        CountDownLatch inCall = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
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
            assertTrue(gate.busy());
            Future<?> work = pool.submit(gate::yieldToAcknowledgements);
            Thread.sleep(50);
            assertFalse(work.isDone(), "processing waits while a call is in flight");
            release.countDown();
            assertEquals("acknowledged", ack.get(5, TimeUnit.SECONDS));
            work.get(5, TimeUnit.SECONDS);
            assertFalse(gate.busy());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void processingNeverWaitsForeverAndAFailedCallIsCountedOut() throws Exception {
        assertThrows(IllegalStateException.class, () -> gate.acknowledging(() -> {
            throw new IllegalStateException("refused");
        }));
        assertFalse(gate.busy(), "a refused call is no longer in flight");
        CountDownLatch release = new CountDownLatch(1);
        Thread held = new Thread(() -> gate.acknowledging(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        held.start();
        while (!gate.busy()) {
            Thread.onSpinWait();
        }
        gate.yieldToAcknowledgements(); // returns after at most MAX_WAIT_MILLIS although the call is still in flight
        assertTrue(gate.busy());
        release.countDown();
        held.join(5000);
    }
}
