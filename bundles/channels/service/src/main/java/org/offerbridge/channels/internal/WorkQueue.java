package org.offerbridge.channels.internal;

import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.offerbridge.platform.api.persistence.TenantRow;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work table's states: added in the caller's transaction, found due across tenants (ids only), claimed for one
 * attempt under the version check, then done, retried later or failed. No transaction stays open while work runs.
 */
@Component(service = WorkQueue.class)
public class WorkQueue {
    private static final Logger LOG = LoggerFactory.getLogger(WorkQueue.class);
    /** Longer than one attempt can take; a node that dies mid-attempt releases the item when it runs out. */
    static final long CLAIM_MILLIS = 60_000;
    /**
     * Derby's optimizer takes a table scan and a sort for this once most rows are pending (the index is not selective),
     * reading the whole backlog to return a few; its override (a comment elsewhere) keeps the walk in index order,
     * which stops after {@code limit} rows.
     */
    private static final String DUE = "SELECT ID, TENANT_ID FROM OB_CHANNEL_WORK --DERBY-PROPERTIES index=OB_CHANNEL_WORK_DUE_IX\n"
            + " WHERE STATUS = ?1 AND DUE_AT <= ?2 AND CLAIMED_UNTIL < ?2 ORDER BY DUE_AT";

    /** One claimed item. */
    record Item(String tenantId, String id, String type, String messageId, String channelId, int attempts) {
    }

    private final TenantTransactions tx;

    @Activate
    public WorkQueue(@Reference ChannelStore channels) {
        this.tx = channels.tx();
    }

    static WorkEntity add(EntityManager em, String type, String messageId, String channelId, long now) {
        WorkEntity w = new WorkEntity();
        w.id = Ids.next(now);
        w.type = type;
        w.messageId = messageId;
        w.channelId = channelId;
        w.status = WorkEntity.PENDING;
        w.dueAt = now;
        w.createdAt = now;
        em.persist(w);
        return w;
    }

    List<TenantRow> due(long now, int limit) {
        return tx.scanAllTenants(DUE, limit, WorkEntity.PENDING, now);
    }

    /** The item, claimed for one attempt; empty when it is no longer due or another thread or node has it. */
    Optional<Item> claim(String tenantId, String id, long now) {
        try {
            return tx.callAs(tenantId, em -> {
                WorkEntity w = em.find(WorkEntity.class, id);
                if (w == null || !WorkEntity.PENDING.equals(w.status) || w.dueAt > now || w.claimedUntil >= now) {
                    return Optional.<Item>empty();
                }
                w.claimedUntil = now + CLAIM_MILLIS;
                w.attempts++;
                em.flush();
                return Optional.of(new Item(tenantId, w.id, w.type, w.messageId, w.channelId, w.attempts));
            });
        } catch (RuntimeException e) {
            LOG.debug("Work item {} was claimed elsewhere: {}", id, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * Finishes the item inside the transaction that records its outcome. Done items are removed, so the table holds
     * only work to do and work given up (kept with its last error for the operator).
     */
    static void done(EntityManager em, String id) {
        WorkEntity w = em.find(WorkEntity.class, id);
        if (w != null) {
            em.remove(w);
        }
    }

    /** Due again at {@code dueAt}, or failed for good when {@code dueAt} is null. */
    static void again(EntityManager em, String id, String error, Long dueAt) {
        WorkEntity w = em.find(WorkEntity.class, id);
        if (w != null) {
            w.lastError = ChannelRules.reason(error);
            w.claimedUntil = 0;
            if (dueAt == null) {
                w.status = WorkEntity.FAILED;
            } else {
                w.dueAt = dueAt;
            }
        }
    }

    void againAs(String tenantId, String id, String error, Long dueAt) {
        tx.callAs(tenantId, em -> {
            again(em, id, error, dueAt);
            return null;
        });
    }

    /** Pending items of the bound tenant, for tests and the shell. */
    long pending(String tenantId) {
        return tx.callAs(tenantId, em -> em.createQuery("select count(w) from WorkEntity w where w.status = :s", Long.class)
                .setParameter("s", WorkEntity.PENDING).getSingleResult());
    }
}
