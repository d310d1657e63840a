package org.offerbridge.quotation.internal;

import java.time.ZoneOffset;
import java.util.Locale;

import org.offerbridge.quotation.api.Quote;
import org.offerbridge.quotation.api.QuoteDocumentData;

/** One way from a quote to its document, for the staff's PDF and the customer's download alike. */
final class QuoteDocuments {
    private QuoteDocuments() {
    }

    /** The seller as the quote was sent: name, address, tax id and phone frozen with it. */
    static QuoteDocumentData.Party sellerAsSent(QuoteEntity q) {
        return new QuoteDocumentData.Party(q.sellerName, q.sellerAddress, null, q.sellerPhone, q.sellerTaxId);
    }

    /** In the quote's own locale, else the workspace's, else English. */
    static QuoteDocumentData of(Quote q, QuoteDocumentData.Party seller, String workspaceLocale, QuoteDocumentData.Template template) {
        QuoteDocumentData.Party buyer = new QuoteDocumentData.Party(q.customer().name(), null, q.customer().email(), q.customer().phone(),
                null);
        String tag = q.locale() != null ? q.locale() : workspaceLocale;
        return new QuoteDocumentData(q.number(), q.revision(), q.createdAt().atZone(ZoneOffset.UTC).toLocalDate(), q.validUntil(),
                tag == null ? Locale.ENGLISH : Locale.forLanguageTag(tag), q.currency(), q.pricesIncludeTax(), seller, buyer,
                q.lines().stream().map(l -> new QuoteDocumentData.Line(l.position(), l.sku(), l.name(), l.quantity(), l.unit(),
                        l.unitPrice(), l.discountPercent(), l.taxRate(), l.lineTotal(), l.options())).toList(),
                q.totals(), template);
    }
}
