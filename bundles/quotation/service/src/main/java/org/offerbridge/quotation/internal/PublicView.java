package org.offerbridge.quotation.internal;

import java.time.LocalDate;
import java.util.List;

import org.offerbridge.quotation.api.PublicQuote;
import org.offerbridge.quotation.api.QuoteLine;
import org.offerbridge.quotation.api.QuoteStatus;

/** What a customer may see of a quote: lines without product ids, totals, dates; no staff, approval or request data. */
final class PublicView {
    private PublicView() {
    }

    static PublicQuote of(QuoteEntity q, List<QuoteLine> lines) {
        PublicQuote.State state = switch (QuoteStatus.of(q.status)) {
            case ACCEPTED -> PublicQuote.State.ACCEPTED;
            case REJECTED -> PublicQuote.State.REJECTED;
            case EXPIRED -> PublicQuote.State.EXPIRED;
            case SUPERSEDED -> PublicQuote.State.SUPERSEDED;
            default -> PublicQuote.State.OPEN;
        };
        List<QuoteLine> shown = QuoteRecords.quote(q, lines).lines().stream().map(l -> new QuoteLine(l.position(), null, l.sku(), l.name(),
                l.unit(), l.quantity(), l.unitPrice(), l.discountPercent(), l.taxRate(), l.lineTotal(), l.options())).toList();
        return new PublicQuote(state, q.number, q.revision, q.sellerName, q.customerName, q.currency, q.pricesIncludeTax,
                LocalDate.ofEpochDay(q.validUntil), shown, QuoteRecords.totals(q), q.locale);
    }
}
