package org.offerbridge.quotation.internal.pdf;

import java.io.IOException;
import java.io.OutputStream;

import org.offerbridge.quotation.api.QuoteDocumentData;
import org.offerbridge.quotation.api.QuotePdfWriter;
import org.offerbridge.quotation.pdf.QuoteDocument;
import org.offerbridge.quotation.pdf.QuotePdfRenderer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers the PDF capability's renderer as the quotes' PDF writer. Active only while a renderer is there, so
 * GET /quotes/{id}/pdf answers 503 without one instead of failing.
 */
@Component(service = QuotePdfWriter.class)
public class RenderedPdfWriter implements QuotePdfWriter {
    private final QuotePdfRenderer renderer;

    @Activate
    public RenderedPdfWriter(@Reference QuotePdfRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public void write(QuoteDocumentData d, OutputStream out) throws IOException {
        renderer.render(document(d), out);
    }

    static QuoteDocument document(QuoteDocumentData d) {
        return new QuoteDocument(d.number(), d.revision(), d.issued(), d.validUntil(), d.locale(), d.currency(),
                d.pricesIncludeTax(), party(d.seller()), party(d.customer()),
                d.lines().stream().map(l -> new QuoteDocument.Line(l.position(), l.sku(), l.name(), l.quantity(), l.unit(),
                        l.unitPrice(), l.discountPercent(), l.taxRate(), l.lineTotal())).toList(),
                new QuoteDocument.Totals(d.totals().net(), d.totals().discount(), d.totals().taxes().stream()
                        .map(t -> new QuoteDocument.TaxAmount(t.rate(), t.base(), t.amount())).toList(),
                        d.totals().tax(), d.totals().gross()),
                template(d.template()));
    }

    /** A colour the renderer refuses is left out rather than failing the whole document. */
    static QuoteDocument.Template template(QuoteDocumentData.Template t) {
        String color = t.primaryColor() != null && t.primaryColor().matches("#[0-9A-Fa-f]{6}") ? t.primaryColor() : null;
        return new QuoteDocument.Template(t.logo(), color, t.terms(), t.footer());
    }

    private static QuoteDocument.Party party(QuoteDocumentData.Party p) {
        return new QuoteDocument.Party(p == null || p.name() == null ? "" : p.name(), p == null ? null : p.address(),
                p == null ? null : p.email(), p == null ? null : p.phone(), p == null ? null : p.taxId());
    }
}
