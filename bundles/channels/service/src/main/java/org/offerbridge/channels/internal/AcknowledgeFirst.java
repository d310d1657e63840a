package org.offerbridge.channels.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Component;

/**
 * Acknowledging inbound calls goes before processing them: providers retry a slow answer (Meta gives a few seconds),
 * while a request parsed a little later harms no one. Inbound calls count themselves in and out; processing of inbound
 * work waits while calls are in flight, a short while at most, so a burst gets the CPU and the backlog is worked as soon
 * as it ends. Under a steady trickle the wait is a few milliseconds.
 */
@Component(service = AcknowledgeFirst.class)
public class AcknowledgeFirst {
    /** The longest one item of processing waits for acknowledgements. */
    static final long MAX_WAIT_MILLIS = 200;
    private static final long STEP_MILLIS = 5;
    private final AtomicInteger inFlight = new AtomicInteger();

    /** Runs one inbound call, counted as in flight. */
    <T> T acknowledging(java.util.function.Supplier<T> call) {
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

    /** Waits while inbound calls are in flight, at most {@link #MAX_WAIT_MILLIS}. */
    void yieldToAcknowledgements() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
        try {
            while (busy() && System.nanoTime() < deadline) {
                Thread.sleep(STEP_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
