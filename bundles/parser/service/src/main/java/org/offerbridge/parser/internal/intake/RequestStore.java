package org.offerbridge.parser.internal.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.ProposalLine;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.parser.internal.CatalogParsing;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Inbound requests and their proposals, for the bound tenant. A request is committed on its own before it is
 * parsed, so nothing received is lost when parsing fails. Leaving {@code received} (proposed or failed) and being
 * confirmed are told to {@link RequestEventDispatch} inside the transaction that stores them.
 */
@Component(service = RequestStore.class)
public class RequestStore {
    static final String RECEIVED = IntakeRequest.RECEIVED;
    static final String PROPOSED = IntakeRequest.PROPOSED;
    static final String FAILED = IntakeRequest.FAILED;
    static final String CONFIRMED = IntakeRequest.CONFIRMED;
    static final String REVIEW = IntakeRequest.REVIEW;
    static final Set<String> STATUSES = Set.of(RECEIVED, PROPOSED, FAILED, CONFIRMED, REVIEW);

    /** What arrived: sender fields may be null. */
    /** {@code items}: the products the sender chose, checked for shape only. */
    public record Inbound(String channel, String senderName, String senderEmail, String senderPhone, String text,
            String attachmentsJson, String conversationId, List<RequestInbox.ChosenItem> items) {
        public Inbound {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    private final TenantTransactions tx;
    private final RequestContext context;
    private final RequestEventDispatch events;

    @Activate
    public RequestStore(@Reference(target = "(osgi.unit.name=offerbridge-intake)") JpaTemplate jpa, @Reference RequestContext context,
            @Reference RequestEventDispatch events) {
        this.tx = new TenantTransactions(jpa, context);
        this.context = context;
        this.events = events;
    }

    public IntakeRequestEntity receive(Inbound in) {
        return receive(in, null);
    }

    /** Stores the request as received, with the source key that made it (when not null) in the same transaction. */
    public IntakeRequestEntity receive(Inbound in, String sourceKey) {
        IntakeRequestEntity r = new IntakeRequestEntity();
        r.receivedAt = System.currentTimeMillis();
        r.id = String.format("%015d-%s", r.receivedAt, UUID.randomUUID());
        r.channel = in.channel();
        r.senderName = in.senderName();
        r.senderEmail = in.senderEmail();
        r.senderPhone = in.senderPhone();
        r.text = in.text();
        r.attachments = in.attachmentsJson();
        r.items = IntakeViews.itemsJson(in.items());
        r.conversationId = in.conversationId();
        r.status = RECEIVED;
        tx.run(em -> {
            em.persist(r);
            if (sourceKey != null) {
                em.persist(source(sourceKey, r.id));
            }
        });
        return r;
    }

    /**
     * Deletes the requests that are not confirmed (and have no quote) among {@code ids}, with their proposal lines,
     * corrections and source keys, in one transaction of the bound workspace; returns how many.
     */
    public int purge(java.util.Collection<String> ids) {
        return tx.call(em -> {
            int deleted = 0;
            for (String id : new java.util.LinkedHashSet<>(ids)) {
                IntakeRequestEntity r = id == null ? null : em.find(IntakeRequestEntity.class, id);
                if (r == null || r.status.equals(CONFIRMED) || r.quoteId != null) {
                    continue;
                }
                for (Class<?> type : List.of(ProposalLineEntity.class, CorrectionEntity.class, RequestSourceEntity.class)) {
                    em.createQuery("select x from " + type.getSimpleName() + " x where x.requestId = :r", type).setParameter("r", id)
                            .getResultList().forEach(em::remove);
                }
                em.remove(r);
                deleted++;
            }
            return deleted;
        });
    }

    /** The request a source key went into, if any. */
    public Optional<String> requestOf(String sourceKey) {
        return tx.call(em -> Optional.ofNullable(em.find(RequestSourceEntity.class, sourceKey)).map(s -> s.requestId));
    }

    /** The conversation's newest request that is not confirmed yet: a follow-up message joins it. */
    public Optional<IntakeRequestEntity> openIn(String conversationId) {
        return tx.call(em -> em.createQuery("select r from IntakeRequestEntity r where r.conversationId = :c and r.status <> :confirmed"
                + " order by r.id desc", IntakeRequestEntity.class).setParameter("c", conversationId).setParameter("confirmed", CONFIRMED)
                .setMaxResults(1).getResultList().stream().findFirst());
    }

    /**
     * Adds a follow-up's text to a request that is still not confirmed, with the follow-up's source key, in one
     * transaction; returns the whole text, or empty when the request was confirmed meanwhile or the whole text would
     * be longer than {@code maxText} (the follow-up then makes its own request).
     */
    public Optional<String> append(String requestId, String text, String sourceKey, int maxText) {
        return tx.call(em -> {
            IntakeRequestEntity r = em.find(IntakeRequestEntity.class, requestId);
            if (r == null || r.status.equals(CONFIRMED) || r.text.length() + 2 + text.length() > maxText) {
                return Optional.<String>empty();
            }
            r.text = r.text + "\n\n" + text;
            em.persist(source(sourceKey, requestId));
            return Optional.of(r.text);
        });
    }

    private static RequestSourceEntity source(String sourceKey, String requestId) {
        RequestSourceEntity s = new RequestSourceEntity();
        s.sourceKey = sourceKey;
        s.requestId = requestId;
        s.createdAt = System.currentTimeMillis();
        return s;
    }

    /**
     * Stores the parser's proposal, replacing any earlier one, if the request is in one of {@code from} states
     * (re-parsing a confirmed request must not change it).
     */
    public Decision propose(String requestId, CatalogParsing.Answer answer, String customerId, Set<String> from) {
        return tx.call(em -> {
            IntakeRequestEntity r = requestId == null ? null : em.find(IntakeRequestEntity.class, requestId);
            if (r == null) {
                return Decision.NOT_FOUND;
            }
            if (!from.contains(r.status)) {
                return Decision.WRONG_STATE;
            }
            boolean first = r.status.equals(RECEIVED);
            replaceLines(em, requestId, answer.lines(), answer.unmatched());
            r.status = PROPOSED;
            r.failure = null;
            r.language = answer.language();
            r.parser = answer.parser();
            if (customerId != null) {
                r.customerId = customerId;
            }
            r.parsedAt = System.currentTimeMillis();
            if (first) {
                events.received(tenant(), r);
            }
            return Decision.DONE;
        });
    }

    /** Replaces the proposal with the staff's lines while the request is proposed or in review. */
    public Decision edit(String requestId, List<CatalogParsing.Line> lines, List<CatalogParsing.Unmatched> unmatched) {
        return tx.call(em -> {
            IntakeRequestEntity r = requestId == null ? null : em.find(IntakeRequestEntity.class, requestId);
            if (r == null) {
                return Decision.NOT_FOUND;
            }
            if (!r.status.equals(PROPOSED) && !r.status.equals(REVIEW)) {
                return Decision.WRONG_STATE;
            }
            replaceLines(em, requestId, lines, unmatched);
            return Decision.DONE;
        });
    }

    private static void replaceLines(EntityManager em, String requestId, List<CatalogParsing.Line> lines,
            List<CatalogParsing.Unmatched> unmatched) {
        // Staff lines carry no source: a line for a product (or an item with a text) that was there before keeps
        // where it came from, so the request's text stays highlighted after an edit.
        Map<String, ProposalLineEntity> before = new HashMap<>();
        for (ProposalLineEntity old : em.createQuery("select l from ProposalLineEntity l where l.requestId = :r",
                ProposalLineEntity.class).setParameter("r", requestId).getResultList()) {
            before.putIfAbsent(key(old.kind, old.kind.equals(ProposalLine.LINE) ? old.sku : old.source), old);
            em.remove(old);
        }
        em.flush(); // the old lines go before the new ones arrive
        int position = 0;
        for (CatalogParsing.Line l : lines) {
            ProposalLineEntity e = line(requestId, position++, ProposalLine.LINE);
            ProposalLineEntity old = before.get(key(ProposalLine.LINE, l.sku()));
            e.sku = l.sku();
            e.name = l.name();
            e.quantity = l.quantity();
            e.unit = l.unit();
            e.unitPrice = l.unitPrice();
            e.currency = l.currency();
            e.confidence = l.confidence();
            e.source = l.source() == null && old != null ? old.source : clip(l.source());
            e.spans = l.spans().isEmpty() && old != null ? old.spans : SpanCodec.encode(l.spans());
            e.options = IntakeViews.optionsJson(l.options());
            em.persist(e);
        }
        for (CatalogParsing.Unmatched u : unmatched) {
            ProposalLineEntity e = line(requestId, position++, ProposalLine.UNMATCHED);
            ProposalLineEntity old = before.get(key(ProposalLine.UNMATCHED, u.text()));
            e.quantity = u.quantity();
            e.source = clip(u.text());
            e.spans = u.spans().isEmpty() && old != null ? old.spans : SpanCodec.encode(u.spans());
            em.persist(e);
        }
    }

    /** Marks a request whose parse failed; a confirmed request is left as it is. */
    public void fail(String requestId, String why) {
        tx.run(em -> {
            IntakeRequestEntity r = em.find(IntakeRequestEntity.class, requestId);
            if (r != null && !r.status.equals(CONFIRMED)) {
                boolean first = r.status.equals(RECEIVED);
                r.status = FAILED;
                r.failure = clip(why);
                if (first) {
                    events.received(tenant(), r);
                }
            }
        });
    }

    /** The outcome of a staff decision on a request. */
    public enum Decision { DONE, NOT_FOUND, WRONG_STATE }

    /** Confirms a proposed (or reviewed) request, keeping the quote it made (may be null); other states are a conflict. */
    public Decision confirm(String id, String quoteId) {
        return tx.call(em -> {
            IntakeRequestEntity r = id == null ? null : em.find(IntakeRequestEntity.class, id);
            if (r == null) {
                return Decision.NOT_FOUND;
            }
            if (!r.status.equals(PROPOSED) && !r.status.equals(REVIEW)) {
                return Decision.WRONG_STATE;
            }
            r.status = CONFIRMED;
            r.quoteId = quoteId;
            events.confirmed(tenant(), r, quoteId);
            return Decision.DONE;
        });
    }

    /**
     * Marks a request for review with the staff's correction: the proposal as it stood is kept in a correction
     * record beside the corrected one, and the corrected lines become the proposal, all in one transaction.
     */
    public Decision markForReview(String id, String correctedJson, String note, String actor, List<CatalogParsing.Line> lines,
            List<CatalogParsing.Unmatched> unmatched) {
        return tx.call(em -> {
            IntakeRequestEntity r = id == null ? null : em.find(IntakeRequestEntity.class, id);
            if (r == null) {
                return Decision.NOT_FOUND;
            }
            if (r.status.equals(CONFIRMED)) {
                return Decision.WRONG_STATE;
            }
            List<ProposalLine> original = em.createQuery("select l from ProposalLineEntity l where l.requestId = :r order by l.position",
                    ProposalLineEntity.class).setParameter("r", id).getResultList().stream().map(IntakeViews::line).toList();
            CorrectionEntity c = new CorrectionEntity();
            c.createdAt = System.currentTimeMillis();
            c.id = String.format("%015d-%s", c.createdAt, UUID.randomUUID());
            c.requestId = id;
            c.original = IntakeViews.json(original);
            c.corrected = correctedJson;
            c.note = note;
            c.correctedBy = actor;
            em.persist(c);
            replaceLines(em, id, lines, unmatched);
            r.status = REVIEW;
            return Decision.DONE;
        });
    }

    /** All corrections, oldest first, with their requests' texts: the material to improve the parser with. */
    public List<Object[]> corrections(int limit) {
        return tx.call(em -> em.createQuery("select c, r from CorrectionEntity c, IntakeRequestEntity r where r.id = c.requestId"
                + " order by c.id", Object[].class).setMaxResults(limit).getResultList());
    }

    public Optional<IntakeRequestEntity> get(String id) {
        return Optional.ofNullable(tx.call(em -> id == null ? null : em.find(IntakeRequestEntity.class, id)));
    }

    public List<ProposalLineEntity> proposal(String requestId) {
        return tx.call(em -> em.createQuery("select l from ProposalLineEntity l where l.requestId = :r order by l.position",
                ProposalLineEntity.class).setParameter("r", requestId).getResultList());
    }

    /** Newest first; {@code status} null for all; {@code beforeId} continues a previous page. */
    public List<IntakeRequestEntity> list(String status, String channel, String conversationId, String beforeId, int limit) {
        Where w = where(status, channel, conversationId, beforeId);
        return tx.call(em -> {
            var q = em.createQuery("select r from IntakeRequestEntity r" + w.clause() + " order by r.id desc", IntakeRequestEntity.class)
                    .setMaxResults(limit);
            w.parameters().forEach(q::setParameter);
            return q.getResultList();
        });
    }

    public long count(String status, String channel, String conversationId) {
        Where w = where(status, channel, conversationId, null);
        return tx.call(em -> {
            var q = em.createQuery("select count(r) from IntakeRequestEntity r" + w.clause(), Long.class);
            w.parameters().forEach(q::setParameter);
            return q.getSingleResult();
        });
    }

    /** A list's or count's conditions, each part null for any; the tenant is added by the persistence layer. */
    private record Where(String clause, Map<String, Object> parameters) {
    }

    private static Where where(String status, String channel, String conversationId, String beforeId) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (status != null) {
            where.add("r.status = :status");
            parameters.put("status", status);
        }
        if (channel != null) {
            where.add("r.channel = :channel");
            parameters.put("channel", channel);
        }
        if (conversationId != null) {
            where.add("r.conversationId = :conversation");
            parameters.put("conversation", conversationId);
        }
        if (beforeId != null) {
            where.add("r.id < :before");
            parameters.put("before", beforeId);
        }
        return new Where(where.isEmpty() ? "" : " where " + String.join(" and ", where), parameters);
    }

    /** Called inside {@code tx}, which already required a bound tenant. */
    private String tenant() {
        return context.require().tenantId();
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static ProposalLineEntity line(String requestId, int position, String kind) {
        ProposalLineEntity e = new ProposalLineEntity();
        e.id = UUID.randomUUID().toString();
        e.requestId = requestId;
        e.position = position;
        e.kind = kind;
        return e;
    }

    private static String clip(String v) {
        return v == null || v.length() <= 500 ? v : v.substring(0, 499) + "…";
    }
}
