package org.offerbridge.quotation.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.offerbridge.quotation.api.QuoteDocumentData;
import org.offerbridge.quotation.api.QuotePdfWriter;
import org.offerbridge.quotation.pdf.QuoteDocument;
import org.offerbridge.quotation.pdf.QuotePdfRenderer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers the PDF capability's renderer as the quotes' PDF writer. Active only while a renderer is there, so
 * GET /quotes/{id}/pdf answers 503 without one instead of failing.
 */
@Component(service = QuotePdfWriter.class)
public class RenderedPdfWriter implements QuotePdfWriter {
    private static final Logger LOG = LoggerFactory.getLogger(RenderedPdfWriter.class);
    private final QuotePdfRenderer renderer;

    @Activate
    public RenderedPdfWriter(@Reference QuotePdfRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Renders into memory first, so a template part that breaks the renderer (a logo it cannot read) costs that
     * part, not the document: it is rendered again without the logo, then without any template.
     */
    @Override
    public void write(QuoteDocumentData d, OutputStream out) throws IOException {
        QuoteDocument doc = document(d);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
        try {
            renderer.render(doc, pdf);
        } catch (IOException | RuntimeException e) {
            if (doc.template().equals(QuoteDocument.Template.NONE)) {
                throw e;
            }
            LOG.warn("Quote {} could not be rendered with its template ({}); rendering it without", d.number(), e.toString());
            pdf.reset();
            QuoteDocument.Template t = doc.template();
            try {
                renderer.render(with(doc, new QuoteDocument.Template(null, t.primaryColor(), t.terms(), t.footer())), pdf);
            } catch (IOException | RuntimeException again) {
                pdf.reset();
                renderer.render(with(doc, QuoteDocument.Template.NONE), pdf);
            }
        }
        pdf.writeTo(out);
        out.flush();
    }

    private static QuoteDocument with(QuoteDocument d, QuoteDocument.Template t) {
        return new QuoteDocument(d.number(), d.revision(), d.issued(), d.validUntil(), d.locale(), d.currency(), d.pricesIncludeTax(),
                d.seller(), d.customer(), d.lines(), d.totals(), t);
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
