package org.offerbridge.quotation.internal.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.offerbridge.platform.api.rest.JsonNumbers;
import org.offerbridge.quotation.api.Delivery;
import org.offerbridge.quotation.api.Order;
import org.offerbridge.quotation.api.PublicLink;
import org.offerbridge.quotation.api.Quote;
import org.offerbridge.quotation.api.QuoteCustomer;
import org.offerbridge.quotation.api.QuoteLine;
import org.offerbridge.quotation.api.QuoteSettings;
import org.offerbridge.quotation.api.TimelineEvent;
import org.offerbridge.quotation.api.Totals;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON shapes of the quotation API. Money and rates are strings so no client turns 4.50 into 4.4999; quantities are
 * JSON numbers, as everywhere in the API, written plainly (12, 2.5).
 */
final class QuoteViews {
    private QuoteViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QuoteView(String id, String number, String baseNumber, int revision, String status, QuoteCustomer customer, String currency,
            boolean pricesIncludeTax, String validUntil, List<LineView> lines, TotalsView totals, boolean approvalRequired,
            String approvedBy, String approvedAt, String previousId, String supersededById, String requestId, String orderId, String locale,
            String createdAt, String updatedAt, String sentAt, String viewedAt, String decidedAt, String acceptedName,
            String rejectionReason, String publicUrl, List<LinkView> links, List<DeliveryView> deliveries) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeliveryView(String id, String linkId, String channel, String to, String recipientName, String status, int attempts,
            String lastError, String createdAt, String nextAttemptAt, String sentAt) {
    }

    /** {@code options} only on a line with options. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LineView(int position, String productId, String sku, String name, String unit, BigDecimal quantity, String unitPrice,
            String discountPercent, String taxRate, String lineTotal, Map<String, String> options) {
    }

    record TotalsView(String net, String discount, List<TaxView> taxes, String tax, String gross) {
    }

    record TaxView(String rate, String base, String amount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LinkView(String id, String recipientName, String recipientEmail, String url, String createdAt, String revokedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EventView(String id, String at, String type, String from, String to, String actor, String address, String userAgent,
            String detail) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OrderView(String id, String number, String quoteId, String quoteNumber, QuoteCustomer customer, String currency,
            boolean pricesIncludeTax, List<LineView> lines, TotalsView totals, String createdAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SettingsView(String numberPattern, int validityDays, String approvalDiscountPercent, boolean pricesIncludeTax,
            String defaultTaxRate) {
    }

    static QuoteView view(Quote q) {
        return view(q, null, null, null);
    }

    static QuoteView view(Quote q, String publicUrl, List<PublicLink> links, List<Delivery> deliveries) {
        return new QuoteView(q.id(), q.number(), q.baseNumber(), q.revision(), q.status().id(), q.customer(), q.currency(),
                q.pricesIncludeTax(), q.validUntil().toString(), q.lines().stream().map(QuoteViews::view).toList(), view(q.totals()),
                q.approvalRequired(), q.approvedBy(), text(q.approvedAt()), q.previousId(), q.supersededById(), q.requestId(), q.orderId(),
                q.locale(), text(q.createdAt()), text(q.updatedAt()), text(q.sentAt()), text(q.viewedAt()), text(q.decidedAt()),
                q.acceptedName(), q.rejectionReason(), publicUrl, links == null ? null : links.stream().map(QuoteViews::view).toList(),
                deliveries == null ? null : deliveries.stream().map(QuoteViews::view).toList());
    }

    static DeliveryView view(Delivery d) {
        return new DeliveryView(d.id(), d.linkId(), d.channel(), d.address(), d.recipientName(), d.status(), d.attempts(), d.lastError(),
                text(d.createdAt()), text(d.nextAttemptAt()), text(d.sentAt()));
    }

    static LineView view(QuoteLine l) {
        return new LineView(l.position(), l.productId(), l.sku(), l.name(), l.unit(), JsonNumbers.quantity(l.quantity()), plain(l.unitPrice()),
                plain(l.discountPercent()), plain(l.taxRate()), plain(l.lineTotal()), l.options().isEmpty() ? null : l.options());
    }

    static TotalsView view(Totals t) {
        return new TotalsView(plain(t.net()), plain(t.discount()),
                t.taxes().stream().map(x -> new TaxView(plain(x.rate()), plain(x.base()), plain(x.amount()))).toList(), plain(t.tax()),
                plain(t.gross()));
    }

    static LinkView view(PublicLink l) {
        return new LinkView(l.id(), l.recipientName(), l.recipientEmail(), l.url(), text(l.createdAt()), text(l.revokedAt()));
    }

    static EventView view(TimelineEvent e) {
        return new EventView(e.id(), e.at().toString(), e.type(), e.from() == null ? null : e.from().id(), e.to() == null ? null : e.to().id(),
                e.actor(), e.address(), e.userAgent(), e.detail());
    }

    static OrderView view(Order o) {
        return new OrderView(o.id(), o.number(), o.quoteId(), o.quoteNumber(), o.customer(), o.currency(), o.pricesIncludeTax(),
                o.lines().stream().map(QuoteViews::view).toList(), view(o.totals()), o.createdAt().toString());
    }

    static SettingsView view(QuoteSettings s) {
        return new SettingsView(s.numberPattern(), s.validityDays(), plain(s.approvalDiscountPercent()), s.pricesIncludeTax(),
                plain(s.defaultTaxRate()));
    }

    /** Keeps the scale the money rules gave (e.g. "4.50", "1001" for JPY). */
    static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }


    private static String text(Instant i) {
        return i == null ? null : i.toString();
    }
}
