package org.offerbridge.platform.api.jobs;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Works due items in the background: one thread asks {@code due} for items every interval (and at once on
 * {@link #wake()}), a fixed pool of daemon threads works them, and an item (by its key) is never worked twice at the
 * same time. By default it keeps at most twice the pool's size of items and looks again as soon as there is room;
 * with {@link #prefetch(int)} it keeps more and looks again only once the pool has worked them down to its own size,
 * so a large backlog costs one look per batch rather than one per item. The items' state lives with the caller, usually in the database, so a restart
 * or another node carries on where this one stopped; {@code work} must therefore claim an item before acting on it.
 *
 * @param <T> what {@code due} returns for one item
 */
public final class DuePoller<T> {
    private final int workers;
    private final IntFunction<List<T>> due;
    private final Function<T, String> key;
    private final Consumer<T> work;
    private final Consumer<RuntimeException> pollFailed;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller;
    private final ExecutorService pool;
    private ScheduledFuture<?> tick;
    private final AtomicBoolean wakePending = new AtomicBoolean();
    /** Keys worked to the end since the current look began: the look may have read them while they were still due. */
    private final Set<String> finishedSinceLook = ConcurrentHashMap.newKeySet();
    private volatile boolean moreDue;
    /** The most items queued or being worked, and how few there must be before the next look. */
    private volatile int capacity;
    private volatile int lookBelow;
    private volatile boolean stopping;

    /**
     * @param name       thread name prefix, e.g. {@code offerbridge-webhooks}
     * @param due        up to {@code limit} items that are due now
     * @param pollFailed told when {@code due} failed (e.g. the database restarting); the next tick tries again
     */
    public DuePoller(String name, int workers, IntFunction<List<T>> due, Function<T, String> key, Consumer<T> work,
            Consumer<RuntimeException> pollFailed) {
        this.workers = Math.max(1, workers);
        this.due = due;
        this.key = key;
        this.work = work;
        this.pollFailed = pollFailed;
        this.poller = Executors.newSingleThreadScheduledExecutor(daemons(name + "-poll"));
        this.pool = Executors.newFixedThreadPool(this.workers, daemons(name));
        this.capacity = this.workers * 2;
        this.lookBelow = this.capacity;
    }

    /**
     * Keeps up to {@code items} (at least twice the pool's size) queued or being worked, and looks for more only when
     * no more than the pool's size are left: for a {@code due} whose cost hardly depends on how many it returns.
     */
    public synchronized DuePoller<T> prefetch(int items) {
        this.capacity = Math.max(workers * 2, items);
        this.lookBelow = workers + 1;
        return this;
    }

    /** Polls every {@code intervalMillis} from now on (replacing an earlier interval). */
    public synchronized DuePoller<T> every(long intervalMillis) {
        if (tick != null) {
            tick.cancel(false);
        }
        long interval = Math.max(1, intervalMillis);
        tick = poller.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Looks for due items now rather than at the next tick, e.g. right after one was queued. */
    public void wake() {
        // Wakes coalesce: a burst of queued items asks the database once, not once per item.
        if (!wakePending.compareAndSet(false, true)) {
            return;
        }
        try {
            poller.execute(this::poll);
        } catch (RejectedExecutionException e) {
            // stopping
        }
    }

    /**
     * Stops polling and waits up to {@code graceMillis} for items being worked, then interrupts them. Items queued and
     * not started are left for the next start (their state is the caller's).
     */
    public void stop(long graceMillis) {
        stopping = true;
        poller.shutdownNow();
        pool.shutdown();
        try {
            if (!pool.awaitTermination(graceMillis, TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void poll() {
        wakePending.set(false);
        try {
            int held = inFlight.size();
            if (held >= lookBelow) {
                return;
            }
            int room = capacity - held;
            finishedSinceLook.clear();
            List<T> items = due.apply(room);
            // A full batch may have left items due: look again as soon as one is done, not at the next tick.
            moreDue = items.size() >= room;
            for (T item : items) {
                String k = key.apply(item);
                if (inFlight.add(k)) {
                    if (finishedSinceLook.contains(k)) {
                        // worked while this look read it: what the look saw is already out of date
                        inFlight.remove(k);
                        continue;
                    }
                    pool.execute(() -> {
                        try {
                            if (stopping) {
                                return;
                            }
                            work.accept(item);
                        } finally {
                            finishedSinceLook.add(k); // before leaving inFlight: a look that gets it in sees it
                            inFlight.remove(k);
                            if (moreDue) {
                                wake();
                            }
                        }
                    });
                }
            }
        } catch (RejectedExecutionException e) {
            // stopping
        } catch (RuntimeException e) {
            pollFailed.accept(e);
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
