package org.offerbridge.platform.internal.persistence;

import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.offerbridge.platform.api.RequestContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Records administrative changes (users, keys, settings) in the same transaction as the change.
 * <p>
 * A raw {@link JpaTemplate} on purpose, not {@code TenantTransactions}: it writes inside the platform's own
 * transactions (registration happens before the tenant exists), and this class is the one place that filters the
 * audit table by tenant id.
 */
@Component(service = AuditLog.class)
public class AuditLog {
    public record Entry(String id, long at, String actor, String action, String target, String detail, String requestId) {
    }

    private final JpaTemplate jpa;
    private final RequestContext context;

    @Activate
    public AuditLog(@Reference(target = PlatformUnit.TARGET) JpaTemplate jpa, @Reference RequestContext context) {
        this.jpa = jpa;
        this.context = context;
    }

    public void record(EntityManager em, String tenantId, String actor, String action, String target, String detail) {
        AuditEventEntity e = new AuditEventEntity();
        e.id = UUID.randomUUID().toString();
        e.tenantId = tenantId;
        e.occurredAt = System.currentTimeMillis();
        e.actor = actor;
        e.action = action;
        e.target = target;
        e.detail = detail;
        e.requestId = context.requestId();
        em.persist(e);
    }

    /** Records an event in a transaction of its own (or the caller's JTA transaction when one is active). */
    public void record(String tenantId, String actor, String action, String target, String detail) {
        jpa.tx(TransactionType.Required, em -> record(em, tenantId, actor, action, target, detail));
    }

    /** A tenant's latest events, newest first. */
    public List<Entry> latest(String tenantId, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select a from AuditEventEntity a where a.tenantId = :t order by a.occurredAt desc", AuditEventEntity.class)
                .setParameter("t", tenantId).setMaxResults(limit).getResultList().stream()
                .map(a -> new Entry(a.id, a.occurredAt, a.actor, a.action, a.target, a.detail, a.requestId)).toList());
    }
}
