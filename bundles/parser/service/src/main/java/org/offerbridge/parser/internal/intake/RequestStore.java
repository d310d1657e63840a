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
