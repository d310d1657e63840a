package org.offerbridge.quotation.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.offerbridge.quotation.api.Origin;
import org.offerbridge.quotation.api.QuoteLine;
import org.offerbridge.quotation.api.QuoteStatus;

/**
 * Status changes shared by staff, customers and the expiry job, each inside the caller's transaction: checked by
 * {@link Lifecycle}, recorded in the {@link Timeline}, and noted for the event whiteboard.
 */
final class Transitions {
    /** Orders are numbered per tenant and year, in their own sequence. */
    static final NumberPattern ORDER_NUMBERS = NumberPattern.parse("O-{yyyy}-{seq:5}", "orderPattern");

    private Transitions() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static QuoteEventDispatch.Event move(EntityManager em, QuoteEntity q, QuoteStatus to, String type, String actor, Origin origin,
            String detail) {
        QuoteStatus from = QuoteStatus.of(q.status);
        Lifecycle.require(from, to);
        long now = System.currentTimeMillis();
        q.status = to.id();
        q.updatedAt = now;
        Timeline.append(em, q.id, type, from, to, actor, origin, detail);
        return QuoteEventDispatch.record(em, type, q.id, Map.of("number", q.number, "status", to.id(), "revision", q.revision));
    }

    /** Open (sent or viewed) but past its last valid day. */
    static boolean overdue(QuoteEntity q) {
        return Lifecycle.isOpen(QuoteStatus.of(q.status)) && q.validUntil < today().toEpochDay();
    }

    static QuoteEventDispatch.Event expire(EntityManager em, QuoteEntity q, Origin origin) {
        QuoteEventDispatch.Event e = move(em, q, QuoteStatus.EXPIRED, "quote.expired", "system", origin,
                "valid until " + LocalDate.ofEpochDay(q.validUntil));
        q.decidedAt = System.currentTimeMillis();
        return e;
    }

    /** Makes the order of a quote being accepted, numbered in the same transaction. */
    static OrderEntity order(EntityManager em, String tenantId, QuoteEntity q) {
        List<QuoteLine> lines = QuoteRecords.lines(em, q.id);
        OrderEntity o = new OrderEntity();
        o.id = UUID.randomUUID().toString();
        LocalDate today = today();
        o.number = ORDER_NUMBERS.format(today, Numbering.next(em, tenantId, "order:" + ORDER_NUMBERS.scope(today)));
        o.quoteId = q.id;
        o.quoteNumber = q.number;
        o.customerId = q.customerId;
        o.customerName = q.customerName;
        o.customerEmail = q.customerEmail;
        o.customerPhone = q.customerPhone;
        o.currency = q.currency;
        o.pricesIncludeTax = q.pricesIncludeTax;
        o.gross = q.gross;
        o.snapshotJson = QuoteRecords.snapshot(QuoteRecords.quote(q, lines).lines(), QuoteRecords.totals(q));
        o.createdAt = System.currentTimeMillis();
        em.persist(o);
        q.orderId = o.id;
        return o;
    }
}
