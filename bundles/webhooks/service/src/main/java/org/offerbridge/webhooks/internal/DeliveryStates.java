package org.offerbridge.webhooks.internal;

import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.persistence.TenantRow;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves deliveries through their states as a named tenant: finding due rows across tenants, claiming one before
 * an attempt, and recording the attempt and its consequences in one transaction after it. No transaction is held
 * open while a request is on the wire.
 */
@Component(service = DeliveryStates.class)
public class DeliveryStates {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryStates.class);
    /** Longer than an attempt can take; a node that dies mid-attempt releases the row when it runs out. */
    static final long CLAIM_MILLIS = 60_000;
    private static final int RECORD_TRIES = 3;
    private static final String DUE = "SELECT ID, TENANT_ID FROM OB_WEBHOOK_DELIVERY"
            + " WHERE STATUS = ?1 AND NEXT_ATTEMPT_AT <= ?2 AND CLAIMED_UNTIL < ?2 ORDER BY NEXT_ATTEMPT_AT";

    private final TenantTransactions tx;

    @Activate
    public DeliveryStates(@Reference(target = "(osgi.unit.name=offerbridge-webhooks)") JpaTemplate jpa, @Reference RequestContext context) {
        this.tx = new TenantTransactions(jpa, context);
    }

    /**
     * At most {@code limit} deliveries due at {@code now} and not claimed, oldest due first, across all tenants: the
     * one deliberately cross-tenant read, of ids only; each row is then claimed as its tenant.
     */
    List<TenantRow> due(long now, int limit) {
        return tx.scanAllTenants(DUE, limit, DeliveryEntity.PENDING, now);
    }

    /**
     * Claims a due delivery for one attempt. Empty when it is no longer due, already claimed, or another node
     * won the race (the version check fails at commit). A delivery whose endpoint was switched off fails
     * here without an attempt.
     */
    Optional<Claim> claim(String tenantId, String deliveryId, long now) {
        try {
            return tx.callAs(tenantId, em -> {
                DeliveryEntity d = em.find(DeliveryEntity.class, deliveryId);
                if (d == null || !DeliveryEntity.PENDING.equals(d.status) || d.nextAttemptAt > now || d.claimedUntil >= now) {
                    return Optional.<Claim>empty();
                }
                EndpointEntity e = em.find(EndpointEntity.class, d.endpointId);
                if (e == null || !e.enabled) {
                    d.status = DeliveryEntity.FAILED;
                    d.nextAttemptAt = 0;
                    d.lastError = "not sent: the endpoint is switched off";
                    return Optional.<Claim>empty();
                }
                d.claimedUntil = now + CLAIM_MILLIS;
                em.flush(); // the version check happens here, not after we have sent
                return Optional.of(new Claim(tenantId, d.id, d.messageId, d.eventType, e.url, e.secretSealed, d.payload));
            });
        } catch (RuntimeException e) {
            LOG.debug("Delivery {} was claimed elsewhere: {}", deliveryId, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** What a replay needs, for a delivery of the bound tenant; empty when the tenant has no such delivery. */
    Optional<Claim> replayTarget(String tenantId, String deliveryId) {
        return tx.callAs(tenantId, em -> {
            DeliveryEntity d = em.find(DeliveryEntity.class, deliveryId);
            if (d == null) {
                return Optional.<Claim>empty();
            }
            EndpointEntity e = em.find(EndpointEntity.class, d.endpointId);
            String url = e == null ? null : e.url;
            String sealed = e == null || !e.enabled ? null : e.secretSealed;
            return Optional.of(new Claim(tenantId, d.id, d.messageId, d.eventType, url, sealed, d.payload));
        });
    }

    /**
     * Records an attempt and applies its outcome; retried on a version conflict (a replay and a scheduled
     * attempt finishing together), so no attempt goes unrecorded. Returns what the tenant should be told.
     */
    List<Notice> record(String tenantId, String deliveryId, String trigger, SendResult result, long now, RetrySchedule schedule,
            int disableAfter) {
        RuntimeException last = null;
        for (int i = 0; i < RECORD_TRIES; i++) {
            try {
                return tx.callAs(tenantId, em -> apply(em, deliveryId, trigger, result, now, schedule, disableAfter));
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw last;
    }

    private static List<Notice> apply(EntityManager em, String deliveryId, String trigger, SendResult r, long now, RetrySchedule schedule,
            int disableAfter) {
        DeliveryEntity d = em.find(DeliveryEntity.class, deliveryId);
        if (d == null) {
            return List.of(); // its endpoint was deleted meanwhile
        }
        em.refresh(d);
        EndpointEntity e = em.find(EndpointEntity.class, d.endpointId);
        AttemptEntity a = new AttemptEntity();
        a.id = Ids.next(now);
        a.deliveryId = d.id;
        a.trigger = trigger;
        a.attemptedAt = now;
        a.durationMillis = r.durationMillis();
        a.statusCode = r.statusCode();
        a.error = r.error();
        a.responseBody = r.responseBody() == null ? null
                : r.responseBody().length() > SendResult.MAX_KEPT_BODY ? r.responseBody().substring(0, SendResult.MAX_KEPT_BODY) : r.responseBody();
        em.persist(a);
        return AttemptOutcome.apply(d, e, r, "schedule".equals(trigger), now, schedule, disableAfter);
    }
}
