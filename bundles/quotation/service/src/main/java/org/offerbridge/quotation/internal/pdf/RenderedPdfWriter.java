package org.offerbridge.quotation.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.BiConsumer;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.quotation.api.QuoteDocumentData;
import org.offerbridge.quotation.api.QuotePdfWriter;
import org.offerbridge.quotation.internal.QuoteTemplates;
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
    /** What {@link #write} names as left out, for the workspace's system message. */
    static final String LOGO = "logo";
    static final String TEMPLATE = "template";

    private final QuotePdfRenderer renderer;
    private final RequestContext context;
    private final BiConsumer<String, String> leftOut;

    @Activate
    public RenderedPdfWriter(@Reference QuotePdfRenderer renderer, @Reference RequestContext context) {
        this(renderer, context, QuoteTemplates.failures()::skipped);
    }

    /** {@code leftOut} is told the workspace and the part a document was rendered without. */
    RenderedPdfWriter(QuotePdfRenderer renderer, RequestContext context, BiConsumer<String, String> leftOut) {
        this.renderer = renderer;
        this.context = context;
        this.leftOut = leftOut;
    }

    /**
     * Writes with {@code writer} for workspace {@code tenantId}: this writer then tells that workspace of a part it
     * left out; another writer is not told the workspace.
     */
    public static void write(QuotePdfWriter writer, QuoteDocumentData d, OutputStream out, String tenantId) throws IOException {
        if (writer instanceof RenderedPdfWriter rendered) {
            rendered.write(d, out, tenantId);
        } else {
            writer.write(d, out);
        }
    }

    /** For the bound caller's workspace (staff, their deliveries): a part left out is told to that workspace. */
    @Override
    public void write(QuoteDocumentData d, OutputStream out) throws IOException {
        write(d, out, context.current().map(TenantPrincipal::tenantId).orElse(null));
    }

    /**
     * Renders into memory first, so a template part that breaks the renderer (a logo it cannot read) costs that
     * part, not the document: it is rendered again without the logo, then without any template. The part left out
     * is told to workspace {@code tenantId} as a system message (at most once an hour), never to whoever downloads
     * the document; {@code tenantId} is given by callers that know the workspace but have no caller bound, such as
     * the customer's public link.
     */
    public void write(QuoteDocumentData d, OutputStream out, String tenantId) throws IOException {
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
            String part = LOGO;
            try {
                renderer.render(with(doc, new QuoteDocument.Template(null, t.primaryColor(), t.terms(), t.footer())), pdf);
            } catch (IOException | RuntimeException again) {
                pdf.reset();
                renderer.render(with(doc, QuoteDocument.Template.NONE), pdf);
                part = TEMPLATE;
            }
            if (tenantId != null) {
                leftOut.accept(tenantId, part);
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
                        l.unitPrice(), l.discountPercent(), l.taxRate(), l.lineTotal(), l.options())).toList(),
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
