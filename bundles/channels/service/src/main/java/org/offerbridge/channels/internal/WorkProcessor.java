package org.offerbridge.channels.internal;

import java.util.Optional;

import org.offerbridge.platform.api.jobs.DuePoller;
import org.offerbridge.platform.api.persistence.TenantRow;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works the channels' work table in the background: inbound messages to process, replies to send. Woken right after a
 * commit that queued work (so an inbound message is parsed within moments of its answer) and polling besides, so work
 * left by a restart or another node is resumed. Each item is claimed before it is worked.
 */
@Component(service = WorkProcessor.class, immediate = true, configurationPid = ChannelsConfig.PID)
@Designate(ocd = ChannelsConfig.class)
public class WorkProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(WorkProcessor.class);
    /** Items looked up ahead per worker. */
    static final int PREFETCH_PER_WORKER = 16;

    private final WorkQueue queue;
    private final InboundProcessing inbound;
    private final OutboundSending outbound;
    private final AcknowledgeFirst acknowledgeFirst;
    private final DuePoller<TenantRow> poller;
    private volatile Backoff backoff;
    /** Fetches inbound files before their message is processed (a separate item type, see {@link MediaWork}). */
    @Reference
    MediaWork media;

    /** When to try an item again after its {@code attempts}-th failure; null when it is given up. */
    record Backoff(long firstMillis, int maxAttempts) {
        Long next(int attempts, long now) {
            if (attempts >= maxAttempts) {
                return null;
            }
            return now + firstMillis * (1L << Math.min(20, Math.max(0, attempts - 1)));
        }
    }

    @Activate
    public WorkProcessor(ChannelsConfig config, @Reference WorkQueue queue, @Reference InboundProcessing inbound,
            @Reference OutboundSending outbound, @Reference AcknowledgeFirst acknowledgeFirst) {
        this.queue = queue;
        this.acknowledgeFirst = acknowledgeFirst;
        this.inbound = inbound;
        this.outbound = outbound;
        int concurrency = Math.min(16, Math.max(1, config.concurrency()));
        this.poller = new DuePoller<>("offerbridge-channels", concurrency, limit -> queue.due(System.currentTimeMillis(), limit),
                TenantRow::rowId, this::work, e -> LOG.warn("Looking for due channel work failed: {}", e.toString()))
                // a look walks the due index from its start (on Derby past the entries of items done and not yet
                // purged): under a backlog, one look a batch rather than one an item
                .prefetch(concurrency * PREFETCH_PER_WORKER);
        modified(config);
        // work left by the last run; this first read also makes the unit create its tables in a transaction that commits
        // (Derby DDL is transactional: a failed first transaction would take the tables with it)
        poller.wake();
    }

    @Modified
    void modified(ChannelsConfig config) {
        this.backoff = new Backoff(Math.max(1, config.backoffMillis()), Math.max(1, config.maxAttempts()));
        poller.every(Math.min(60_000, Math.max(100, config.pollIntervalMillis())));
    }

    /** Looks for due work now, e.g. right after an inbound message or a reply was committed. */
    public void wake() {
        poller.wake();
    }

    private void work(TenantRow due) {
        try (AcknowledgeFirst.Turn turn = acknowledgeFirst.turn()) {
            workInTurn(due);
        }
    }

    private void workInTurn(TenantRow due) {
        long now = System.currentTimeMillis();
        Optional<WorkQueue.Item> claimed = queue.claim(due.tenantId(), due.rowId(), now);
        if (claimed.isEmpty()) {
            return;
        }
        WorkQueue.Item item = claimed.get();
        try {
            if (WorkEntity.INBOUND.equals(item.type())) {
                inbound.process(item, backoff);
            } else if (WorkEntity.MEDIA.equals(item.type())) {
                media.process(item, backoff);
            } else {
                outbound.send(item, backoff);
            }
        } catch (RuntimeException e) {
            // unexpected: the item is tried again on the schedule, and given up after the last attempt
            LOG.warn("Channel work {} ({}) of tenant {} failed: {}", item.id(), item.type(), item.tenantId(), e.getClass().getSimpleName());
            try {
                queue.againAs(item.tenantId(), item.id(), "failed unexpectedly (" + e.getClass().getSimpleName() + ")",
                        backoff.next(item.attempts(), System.currentTimeMillis()));
            } catch (RuntimeException again) {
                LOG.debug("Could not reschedule channel work {}: the claim runs out instead", item.id());
            }
        }
    }

    @Deactivate
    void deactivate() {
        poller.stop(15_000);
    }
}
