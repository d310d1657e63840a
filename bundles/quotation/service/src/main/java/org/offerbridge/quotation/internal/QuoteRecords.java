package org.offerbridge.quotation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.offerbridge.quotation.api.Order;
import org.offerbridge.quotation.api.PublicLink;
import org.offerbridge.quotation.api.Quote;
import org.offerbridge.quotation.api.QuoteCustomer;
import org.offerbridge.quotation.api.QuoteLine;
import org.offerbridge.quotation.api.QuoteStatus;
import org.offerbridge.quotation.api.Totals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Entities to the exported records, and the JSON snapshots kept in a few columns. */
final class QuoteRecords {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QuoteRecords() {
    }

    /** What an order keeps of the accepted quote. */
    record Snapshot(List<QuoteLine> lines, Totals totals) {
    }

    static List<QuoteLine> lines(EntityManager em, String quoteId) {
        return em.createQuery("select l from QuoteLineEntity l where l.quoteId = :q order by l.position", QuoteLineEntity.class)
                .setParameter("q", quoteId).getResultList().stream().map(QuoteRecords::line).toList();
    }

    static QuoteLine line(QuoteLineEntity l) {
        return new QuoteLine(l.position, l.productId, l.sku, l.name, l.unit, plain(l.quantity), money(l.unitPrice), plain(l.discountPercent),
                plain(l.taxRate), l.lineTotal, options(l.options));
    }

    /** Options for a line's column: null for none. */
    static String optionsJson(Map<String, String> options) {
        return options == null || options.isEmpty() ? null : write(options);
    }

    /** A line's options in their order; none when the column is empty. */
    static Map<String, String> options(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return mapper().readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A quote line's options could not be read", e);
        }
    }

    static Quote quote(QuoteEntity q, List<QuoteLine> lines) {
        return new Quote(q.id, q.number, q.baseNumber, q.revision, QuoteStatus.of(q.status), customer(q), q.currency, q.pricesIncludeTax,
                LocalDate.ofEpochDay(q.validUntil), scaled(lines, q.currency), totals(q), q.approvalRequired && q.approvedAt == null,
                q.approvedBy, instant(q.approvedAt), q.previousId, q.supersededById, q.requestId, q.orderId, q.locale,
                Instant.ofEpochMilli(q.createdAt), Instant.ofEpochMilli(q.updatedAt), instant(q.sentAt), instant(q.viewedAt),
                instant(q.decidedAt), q.acceptedName, q.rejectionReason);
    }

    static QuoteCustomer customer(QuoteEntity q) {
        return new QuoteCustomer(q.customerId, q.customerName, q.customerEmail, q.customerPhone);
    }

    static Totals totals(QuoteEntity q) {
        int digits = QuoteMath.minorUnits(q.currency);
        List<Totals.TaxAmount> taxes = read(q.taxesJson, Totals.TaxAmount[].class);
        return new Totals(scale(q.net, digits), scale(q.discount, digits),
                taxes.stream().map(t -> new Totals.TaxAmount(QuoteMath.plain(t.rate()), scale(t.base(), digits), scale(t.amount(), digits)))
                        .toList(),
                scale(q.tax, digits), scale(q.gross, digits));
    }

    static void setTotals(QuoteEntity q, Totals t) {
        q.net = t.net();
        q.discount = t.discount();
        q.tax = t.tax();
        q.gross = t.gross();
        q.taxesJson = write(t.taxes());
    }

    static Order order(OrderEntity o) {
        Snapshot s = readSnapshot(o.snapshotJson);
        return new Order(o.id, o.number, o.quoteId, o.quoteNumber, new QuoteCustomer(o.customerId, o.customerName, o.customerEmail,
                o.customerPhone), o.currency, o.pricesIncludeTax, s.lines(), s.totals(), Instant.ofEpochMilli(o.createdAt));
    }

    static String snapshot(List<QuoteLine> lines, Totals totals) {
        return write(new Snapshot(lines, totals));
    }

    static PublicLink link(PublicLinkEntity l, String url) {
        return new PublicLink(l.id, l.quoteId, l.recipientName, l.recipientEmail, url, Instant.ofEpochMilli(l.createdAt),
                instant(l.revokedAt));
    }

    private static List<QuoteLine> scaled(List<QuoteLine> lines, String currency) {
        int digits = QuoteMath.minorUnits(currency);
        return lines.stream().map(l -> new QuoteLine(l.position(), l.productId(), l.sku(), l.name(), l.unit(), l.quantity(), l.unitPrice(),
                l.discountPercent(), l.taxRate(), scale(l.lineTotal(), digits), l.options())).toList();
    }

    private static BigDecimal scale(BigDecimal v, int digits) {
        return v == null ? null : v.setScale(digits, java.math.RoundingMode.HALF_UP);
    }

    /** At least two decimals for prices ("4.50"), more when the price has them ("0.0125"). */
    private static BigDecimal money(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 2 ? s.setScale(2) : s;
    }

    private static BigDecimal plain(BigDecimal v) {
        return v == null ? null : QuoteMath.plain(v);
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private static Snapshot readSnapshot(String json) {
        try {
            return mapper().readValue(json, Snapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An order snapshot could not be read", e);
        }
    }

    private static <T> List<T> read(String json, Class<T[]> type) {
        if (json == null) {
            return List.of();
        }
        try {
            return List.of(mapper().readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON could not be read", e);
        }
    }

    private static String write(Object value) {
        try {
            return mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectMapper mapper() {
        return JSON;
    }
}
