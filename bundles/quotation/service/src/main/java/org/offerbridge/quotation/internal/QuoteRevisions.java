package org.offerbridge.quotation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.quotation.api.Origin;
import org.offerbridge.quotation.api.Quote;
import org.offerbridge.quotation.api.QuoteStatus;

/** Ends a quote's life other than by the customer: a revision supersedes it, or its validity runs out. */
final class QuoteRevisions {
    private final QuoteStore store;
    private final RequestContext context;
    private final QuoteEventDispatch events;

    QuoteRevisions(QuoteStore store, RequestContext context, QuoteEventDispatch events) {
        this.store = store;
        this.context = context;
        this.events = events;
    }

    /** A new draft revision of a sent or viewed quote, which becomes superseded. */
    Quote revise(String id, Origin origin) {
        TenantPrincipal by = context.require().requireRole(Role.SALES);
        List<QuoteEventDispatch.Event> done = new ArrayList<>();
        String revisedId = store.tx.call(em -> {
            QuoteEntity old = QuoteStore.require(em, id);
            QuoteEntity q = old.revision(UUID.randomUUID().toString(), by.actor(), System.currentTimeMillis(),
                    Transitions.today().toEpochDay());
            done.add(Transitions.move(em, old, QuoteStatus.SUPERSEDED, "quote.superseded", by.actor(), origin, "by revision " + q.revision));
            old.supersededById = q.id;
            em.persist(q);
            // the revision starts from the same snapshots; staff change what the customer asked to change
            for (QuoteLineEntity l : em.createQuery("select l from QuoteLineEntity l where l.quoteId = :q", QuoteLineEntity.class)
                    .setParameter("q", old.id).getResultList()) {
                em.persist(l.copyFor(q.id, UUID.randomUUID().toString()));
            }
            Timeline.append(em, q.id, "quote.created", null, QuoteStatus.DRAFT, by.actor(), origin, "revision " + q.revision + " of " + old.number);
            done.add(QuoteEventDispatch.record(em, "quote.revised", q.id, Map.of("number", q.number, "previousId", old.id, "revision", q.revision)));
            return q.id;
        });
        events.publish(by.tenantId(), done);
        return store.require(revisedId);
    }

    /** An admin's run of the expiry for the bound tenant (the same rule as the REST call). */
    int expireDue(Origin origin) {
        return expireDue(context.require().requireRole(Role.ADMIN).tenantId(), origin);
    }

    /** Expires the tenant's sent and viewed quotes whose last valid day has passed; for the job, which names the tenant. */
    int expireDue(String tenantId, Origin origin) {
        List<QuoteEventDispatch.Event> done = new ArrayList<>();
        store.tx.callAs(tenantId, em -> {
            for (QuoteEntity q : em.createQuery("select q from QuoteEntity q where q.status in :open and q.validUntil < :today",
                    QuoteEntity.class).setParameter("open", List.of(QuoteStatus.SENT.id(), QuoteStatus.VIEWED.id()))
                    .setParameter("today", Transitions.today().toEpochDay()).getResultList()) {
                done.add(Transitions.expire(em, q, origin));
            }
            return null;
        });
        events.publish(tenantId, done);
        return done.size();
    }
}
