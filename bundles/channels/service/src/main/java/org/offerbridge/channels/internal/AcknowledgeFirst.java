package org.offerbridge.channels.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Component;

/**
 * Acknowledging inbound calls goes before processing them: providers retry a slow answer (Meta gives a few seconds),
 * while a request parsed a little later harms no one. Inbound calls count themselves in and out; an item of processing
 * takes its {@link #turn()} first. With no call in flight every worker goes at once. While calls are in flight the
 * workers wait, and one item at a time (across all workers) goes after a wait of at most {@link #MAX_WAIT_MILLIS}: a
 * burst gets nearly all the CPU, yet a flood that never stops cannot stop processing either.
 */
@Component(service = AcknowledgeFirst.class)
public class AcknowledgeFirst {
    /** The longest one item of processing waits for acknowledgements before it may go alone. */
    static final long MAX_WAIT_MILLIS = 200;
    private static final long STEP_MILLIS = 5;
    private static final Turn FREE = () -> {
    };
    private final AtomicInteger inFlight = new AtomicInteger();
    /** The one item that may run while calls are in flight. */
    private final Semaphore duringCalls = new Semaphore(1);

    /** A worker's turn to process one item; {@link #close()} when the item is done. */
    @FunctionalInterface
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /** Runs one inbound call, counted as in flight. */
    <T> T acknowledging(Supplier<T> call) {
        inFlight.incrementAndGet();
        try {
            return call.get();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    boolean busy() {
        return inFlight.get() > 0;
    }

    /**
     * Waits until no call is in flight, or, after {@link #MAX_WAIT_MILLIS}, until no other item holds the turn kept
     * for processing during calls. An interrupted wait returns a turn at once (the worker is being stopped).
     */
    Turn turn() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
        try {
            while (busy()) {
                if (System.nanoTime() >= deadline && duringCalls.tryAcquire()) {
                    return duringCalls::release;
                }
                Thread.sleep(STEP_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return FREE;
    }
}
