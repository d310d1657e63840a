package org.offerbridge.parser.internal.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.parser.internal.CatalogParsing;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Inbound requests and their proposals, for the bound tenant. A request is committed on its own before it is
 * parsed, so nothing received is lost when parsing fails.
 */
@Component(service = RequestStore.class)
public class RequestStore {
    static final String RECEIVED = "received";
    static final String PROPOSED = "proposed";
    static final String FAILED = "failed";
    static final String CONFIRMED = "confirmed";
    static final String REVIEW = "review";

    /** What arrived: sender fields may be null. */
    public record Inbound(String channel, String senderName, String senderEmail, String senderPhone, String text,
            String attachmentsJson) {
    }

    private final TenantTransactions tx;

    @Activate
    public RequestStore(@Reference(target = "(osgi.unit.name=offerbridge-intake)") JpaTemplate jpa, @Reference RequestContext context) {
        this.tx = new TenantTransactions(jpa, context);
    }

    public IntakeRequestEntity receive(Inbound in) {
        IntakeRequestEntity r = new IntakeRequestEntity();
        r.receivedAt = System.currentTimeMillis();
        r.id = String.format("%015d-%s", r.receivedAt, UUID.randomUUID());
        r.channel = in.channel();
        r.senderName = in.senderName();
        r.senderEmail = in.senderEmail();
        r.senderPhone = in.senderPhone();
        r.text = in.text();
        r.attachments = in.attachmentsJson();
        r.status = RECEIVED;
        tx.run(em -> em.persist(r));
        return r;
    }

    /** Stores the proposal of a received request, replacing any earlier one. */
    public IntakeRequestEntity propose(String requestId, CatalogParsing.Answer answer, String customerId) {
        return tx.call(em -> {
            IntakeRequestEntity r = em.find(IntakeRequestEntity.class, requestId);
            em.createQuery("select l from ProposalLineEntity l where l.requestId = :r", ProposalLineEntity.class)
                    .setParameter("r", requestId).getResultList().forEach(em::remove);
            int position = 0;
            for (CatalogParsing.Line l : answer.lines()) {
                ProposalLineEntity e = line(requestId, position++, "line");
                e.sku = l.sku();
                e.name = l.name();
                e.quantity = l.quantity();
                e.unit = l.unit();
                e.unitPrice = l.unitPrice();
                e.currency = l.currency();
                e.confidence = l.confidence();
                e.source = clip(l.source());
                em.persist(e);
            }
            for (CatalogParsing.Unmatched u : answer.unmatched()) {
                ProposalLineEntity e = line(requestId, position++, "unmatched");
                e.quantity = u.quantity();
                e.source = clip(u.text());
                em.persist(e);
            }
            r.status = PROPOSED;
            r.language = answer.language();
            r.customerId = customerId;
            r.parsedAt = System.currentTimeMillis();
            return r;
        });
    }

    public void fail(String requestId, String why) {
        tx.run(em -> {
            IntakeRequestEntity r = em.find(IntakeRequestEntity.class, requestId);
            r.status = FAILED;
            r.failure = clip(why);
        });
    }

    /** The outcome of a staff decision on a request. */
    public enum Decision { DONE, NOT_FOUND, WRONG_STATE }

    /** Confirms a proposed (or reviewed) request; other states are a conflict. */
    public Decision confirm(String id) {
        return tx.call(em -> {
            IntakeRequestEntity r = id == null ? null : em.find(IntakeRequestEntity.class, id);
            if (r == null) {
                return Decision.NOT_FOUND;
            }
            if (!r.status.equals(PROPOSED) && !r.status.equals(REVIEW)) {
                return Decision.WRONG_STATE;
            }
            r.status = CONFIRMED;
            return Decision.DONE;
        });
    }

    /**
     * Marks a request for review with the staff's correction, keeping the original proposal beside it; the
     * request and its correction change in one transaction.
     */
    public Decision markForReview(String id, String originalJson, String correctedJson, String note, String actor) {
        return tx.call(em -> {
            IntakeRequestEntity r = id == null ? null : em.find(IntakeRequestEntity.class, id);
            if (r == null) {
                return Decision.NOT_FOUND;
            }
            if (r.status.equals(CONFIRMED)) {
                return Decision.WRONG_STATE;
            }
            CorrectionEntity c = new CorrectionEntity();
            c.createdAt = System.currentTimeMillis();
            c.id = String.format("%015d-%s", c.createdAt, UUID.randomUUID());
            c.requestId = id;
            c.original = originalJson;
            c.corrected = correctedJson;
            c.note = note;
            c.correctedBy = actor;
            em.persist(c);
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

    /** Newest first; {@code beforeId} continues a previous page. */
    public List<IntakeRequestEntity> list(String beforeId, int limit) {
        String jpql = "select r from IntakeRequestEntity r" + (beforeId == null ? "" : " where r.id < :before") + " order by r.id desc";
        return tx.call(em -> {
            var q = em.createQuery(jpql, IntakeRequestEntity.class).setMaxResults(limit);
            if (beforeId != null) {
                q.setParameter("before", beforeId);
            }
            return q.getResultList();
        });
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
