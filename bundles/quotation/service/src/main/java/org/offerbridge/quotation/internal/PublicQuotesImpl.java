package org.offerbridge.quotation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.Origin;
import org.offerbridge.quotation.api.PublicQuote;
import org.offerbridge.quotation.api.PublicQuotes;
import org.offerbridge.quotation.api.QuoteDocumentData;
import org.offerbridge.quotation.api.QuoteStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The customer's side of a quote. The token's hash names the tenant (from the link index); everything after runs in
 * that tenant's scope. The customer acts as "link:ID" in the timeline.
 */
@Component(service = PublicQuotes.class)
public class PublicQuotesImpl implements PublicQuotes {
    static final int MAX_NAME = 200;
    static final int MAX_REASON = 1000;

    private final TenantTransactions tx;
    private final PublicLinks links;
    private final QuoteEventDispatch events;

    @Activate
    public PublicQuotesImpl(@Reference(target = QuoteServiceImpl.UNIT) JpaTemplate jpa, @Reference RequestContext context,
            @Reference PublicLinks links, @Reference QuoteEventDispatch events) {
        this.tx = new TenantTransactions(jpa, context);
        this.links = links;
        this.events = events;
    }

    /** A link and its quote, found in the tenant's scope. */
    private record Found(PublicLinkEntity link, QuoteEntity quote) {
    }

    @Override
    public Optional<PublicQuote> open(String token, Origin origin) {
        return act(token, (em, f) -> {
            List<QuoteEventDispatch.Event> done = new ArrayList<>();
            QuoteEntity q = f.quote();
            if (Transitions.overdue(q)) {
                done.add(Transitions.expire(em, q, origin));
            } else if (q.status.equals(QuoteStatus.SENT.id())) {
                // viewed once: the first open counts, later opens change nothing
                q.viewedAt = System.currentTimeMillis();
                done.add(Transitions.move(em, q, QuoteStatus.VIEWED, "quote.viewed", actor(f), origin, null));
            }
            return done;
        });
    }

    @Override
    public Optional<PublicQuote> accept(String token, String name, Origin origin) {
        String typed = FieldRules.requiredName("name", name, MAX_NAME);
        return act(token, (em, f) -> {
            List<QuoteEventDispatch.Event> done = new ArrayList<>();
            QuoteEntity q = f.quote();
            open(em, q, origin, done);
            q.acceptedName = typed;
            q.decidedAt = System.currentTimeMillis();
            done.add(Transitions.move(em, q, QuoteStatus.ACCEPTED, "quote.accepted", actor(f), origin, "accepted as " + typed));
            OrderEntity o = Transitions.order(em, tenant(em), q);
            done.add(QuoteEventDispatch.record(em, "order.created", q.id, Map.of("orderId", o.id, "orderNumber", o.number, "number", q.number)));
            return done;
        });
    }

    @Override
    public Optional<PublicQuote> reject(String token, String reason, Origin origin) {
        String why = FieldRules.multiLine("reason", reason, MAX_REASON);
        return act(token, (em, f) -> {
            List<QuoteEventDispatch.Event> done = new ArrayList<>();
            QuoteEntity q = f.quote();
            open(em, q, origin, done);
            q.rejectionReason = why;
            q.decidedAt = System.currentTimeMillis();
            done.add(Transitions.move(em, q, QuoteStatus.REJECTED, "quote.rejected", actor(f), origin, null));
            return done;
        });
    }

    @Override
    public Optional<QuoteDocumentData> document(String token, Locale fallback) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = LinkTokens.hash(token);
        return links.tenantOf(hash).map(tenantId -> tx.callAs(tenantId, em -> {
            Found f = find(em, hash);
            if (f == null) {
                return null;
            }
            QuoteEntity q = f.quote();
            // the seller as the quote was sent, in the workspace's current look
            return QuoteDocuments.of(QuoteRecords.quote(q, QuoteRecords.lines(em, q.id)), QuoteDocuments.sellerAsSent(q),
                    fallback == null ? null : fallback.toLanguageTag(), QuoteTemplates.of(em, tenantId));
        }));
    }

    /**
     * Throws a 409 unless the customer may still decide. An overdue quote is expired first (in a transaction of its
     * own, so the expiry stays recorded although this call fails).
     */
    private void open(EntityManager em, QuoteEntity q, Origin origin, List<QuoteEventDispatch.Event> done) {
        QuoteStatus s = QuoteStatus.of(q.status);
        if (Transitions.overdue(q)) {
            throw new Overdue();
        }
        if (!Lifecycle.isOpen(s)) {
            throw new ProblemException(409, "quote-" + s.id(), "Conflict", switch (s) {
                case ACCEPTED, REJECTED -> "This quote was already " + s.id();
                case EXPIRED -> "This quote has expired";
                case SUPERSEDED -> "This quote was replaced by a newer revision";
                default -> "This quote cannot be decided now";
            }, null);
        }
    }

    /** Signals that the quote must be expired before the answer (409) is given. */
    private static final class Overdue extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Overdue() {
            super(null, null, false, false);
        }
    }

    private Optional<PublicQuote> act(String token, BiFunction<EntityManager, Found, List<QuoteEventDispatch.Event>> work) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = LinkTokens.hash(token);
        Optional<String> tenant = links.tenantOf(hash);
        if (tenant.isEmpty()) {
            return Optional.empty();
        }
        String tenantId = tenant.get();
        List<QuoteEventDispatch.Event> done = new ArrayList<>();
        PublicQuote shown;
        try {
            shown = tx.callAs(tenantId, em -> {
                Found f = find(em, hash);
                if (f == null) {
                    return null;
                }
                done.addAll(work.apply(em, f));
                return PublicView.of(f.quote(), QuoteRecords.lines(em, f.quote().id));
            });
        } catch (Overdue e) {
            List<QuoteEventDispatch.Event> expired = tx.callAs(tenantId, em -> {
                Found f = find(em, hash);
                return f != null && Transitions.overdue(f.quote()) ? List.of(Transitions.expire(em, f.quote(), Origin.SYSTEM)) : List.of();
            });
            events.publish(tenantId, expired);
            throw new ProblemException(409, "quote-expired", "Conflict", "This quote has expired", null);
        }
        events.publish(tenantId, done);
        return Optional.ofNullable(shown);
    }

    /** The live link with this hash and its quote; revoked links are treated exactly like unknown ones. */
    private static Found find(EntityManager em, String hash) {
        PublicLinkEntity l = PublicLinks.byHash(em, hash);
        if (l == null || l.revokedAt != null || !LinkTokens.sameHash(l.tokenHash, hash)) {
            return null;
        }
        QuoteEntity q = em.find(QuoteEntity.class, l.quoteId);
        return q == null ? null : new Found(l, q);
    }

    private static String tenant(EntityManager em) {
        return (String) em.getProperties().get(org.offerbridge.platform.api.persistence.TenantColumn.PROPERTY);
    }

    private static String actor(Found f) {
        return "link:" + f.link().id;
    }
}
