package org.offerbridge.webhooks.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.webhooks.api.WebhookEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Writes messages into the outbox of the bound tenant. It joins the caller's transaction when there is one
 * ({@code TransactionType.Required} over the same JTA data source), so a rolled-back change sends nothing.
 */
@Component(service = Outbox.class)
public class Outbox {
    private final TenantTransactions tx;

    @Activate
    public Outbox(@Reference(target = "(osgi.unit.name=offerbridge-webhooks)") JpaTemplate jpa, @Reference RequestContext context) {
        this.tx = new TenantTransactions(jpa, context);
    }

    /** One message to every enabled endpoint subscribed to the type; returns how many deliveries were queued. */
    public int publish(String eventType, Map<String, Object> data) {
        return publish(null, eventType, data);
    }

    /**
     * Queues for the endpoints of {@code tenantId}, or of the bound tenant when null (a listener told of another
     * capability's committed change may run where no caller is bound, e.g. on the customer's public page).
     */
    public int publish(String tenantId, String eventType, Map<String, Object> data) {
        return publish(tenantId, Ids.messageId(), false, eventType, data);
    }

    /**
     * Queues one event of another capability, named by its {@code eventId} (a UUID): told again, it is queued once
     * (returns 0), so the message keeps one webhook-id however often its source retries.
     */
    public int publishOnce(String tenantId, String eventId, String eventType, Map<String, Object> data) {
        return publish(tenantId, Ids.messageId(eventId), true, eventType, data);
    }

    private int publish(String tenantId, String messageId, boolean once, String eventType, Map<String, Object> data) {
        Instant now = Instant.now();
        String body = EventBodies.body(eventType, now, data);
        Function<EntityManager, Integer> work = em -> {
            boolean seen = once && !em.createQuery("select d.id from DeliveryEntity d where d.messageId = :m", String.class)
                    .setParameter("m", messageId).setMaxResults(1).getResultList().isEmpty();
            if (seen) {
                return 0;
            }
            List<EndpointEntity> endpoints = em.createQuery("select e from EndpointEntity e where e.enabled = true order by e.id",
                    EndpointEntity.class).getResultList();
            int queued = 0;
            for (EndpointEntity e : endpoints) {
                if (EndpointRules.splitEvents(e.events).contains(eventType)) {
                    queue(em, e.id, messageId, eventType, body, now.toEpochMilli());
                    queued++;
                }
            }
            return queued;
        };
        return tenantId == null ? tx.call(work) : tx.callAs(tenantId, work);
    }

    /** A {@code webhook.test} message to one endpoint; empty when the tenant has no such endpoint. */
    public Optional<DeliveryEntity> test(String endpointId, Map<String, Object> data) {
        Instant now = Instant.now();
        String body = EventBodies.body(WebhookEvents.TEST, now, data);
        return tx.call(em -> {
            EndpointEntity e = em.find(EndpointEntity.class, endpointId);
            if (e == null) {
                return Optional.empty();
            }
            return Optional.of(queue(em, e.id, Ids.messageId(), WebhookEvents.TEST, body, now.toEpochMilli()));
        });
    }

    private static DeliveryEntity queue(EntityManager em, String endpointId, String messageId, String type, String body, long now) {
        DeliveryEntity d = new DeliveryEntity();
        d.id = Ids.next(now);
        d.messageId = messageId;
        d.endpointId = endpointId;
        d.eventType = type;
        d.payload = body;
        d.status = DeliveryEntity.PENDING;
        d.nextAttemptAt = now;
        d.createdAt = now;
        em.persist(d);
        return d;
    }
}
