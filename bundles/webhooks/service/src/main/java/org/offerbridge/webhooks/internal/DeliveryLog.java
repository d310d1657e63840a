package org.offerbridge.webhooks.internal;

import java.util.List;
import java.util.Optional;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The bound tenant's delivery log, read-only. */
@Component(service = DeliveryLog.class)
public class DeliveryLog {

    /** One row of the log; {@code nextAttemptAt} is null unless pending. */
    public record Summary(String id, String messageId, String endpointId, String eventType, String status, int attempts,
            Integer lastStatusCode, String lastError, Long nextAttemptAt, long createdAt, Long deliveredAt) {
        static Summary of(DeliveryEntity d) {
            return new Summary(d.id, d.messageId, d.endpointId, d.eventType, d.status, d.attempts, d.lastStatusCode, d.lastError,
                    DeliveryEntity.PENDING.equals(d.status) ? d.nextAttemptAt : null, d.createdAt, d.deliveredAt);
        }
    }

    public record Attempt(String id, String trigger, long attemptedAt, long durationMillis, Integer statusCode, String error,
            String responseBody) {
        static Attempt of(AttemptEntity a) {
            return new Attempt(a.id, a.trigger, a.attemptedAt, a.durationMillis, a.statusCode, a.error, a.responseBody);
        }
    }

    public record Detail(Summary summary, String payload, List<Attempt> attempts) {
    }

    private final TenantTransactions tx;

    @Activate
    public DeliveryLog(@Reference(target = "(osgi.unit.name=offerbridge-webhooks)") JpaTemplate jpa, @Reference RequestContext context) {
        this.tx = new TenantTransactions(jpa, context);
    }

    /** Newest first, before {@code beforeId} when given; {@code endpointId} and {@code status} filter when not null. */
    public List<Summary> list(String endpointId, String status, String beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("select d from DeliveryEntity d where 1 = 1");
        if (endpointId != null) {
            jpql.append(" and d.endpointId = :endpoint");
        }
        if (status != null) {
            jpql.append(" and d.status = :status");
        }
        if (beforeId != null) {
            jpql.append(" and d.id < :before");
        }
        jpql.append(" order by d.id desc");
        return tx.call(em -> {
            TypedQuery<DeliveryEntity> q = em.createQuery(jpql.toString(), DeliveryEntity.class).setMaxResults(limit);
            if (endpointId != null) {
                q.setParameter("endpoint", endpointId);
            }
            if (status != null) {
                q.setParameter("status", status);
            }
            if (beforeId != null) {
                q.setParameter("before", beforeId);
            }
            return q.getResultList().stream().map(Summary::of).toList();
        });
    }

    public Optional<Detail> find(String id) {
        return tx.call(em -> Optional.ofNullable(em.find(DeliveryEntity.class, id)).map(d -> new Detail(Summary.of(d), d.payload,
                EndpointStore.attemptsOf(em, d.id).stream().map(Attempt::of).toList())));
    }
}
