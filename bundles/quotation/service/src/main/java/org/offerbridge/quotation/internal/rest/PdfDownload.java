package org.offerbridge.quotation.internal.rest;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.QuoteDocumentData;
import org.offerbridge.quotation.api.QuotePdfWriter;
import org.offerbridge.quotation.internal.pdf.RenderedPdfWriter;

/** A quote's PDF as a download, for staff and customer alike; 503 while no PDF capability is installed. */
final class PdfDownload {
    static final String PDF_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private PdfDownload() {
    }

    /**
     * {@code tenantId} is the document's workspace, told when a broken template part had to be left out; the streaming
     * runs after the resource returned, so it is taken here rather than from the request's binding.
     */
    static Response.ResponseBuilder of(QuotePdfWriter writer, QuoteDocumentData doc, String tenantId) {
        if (writer == null) {
            throw new ProblemException(503, "pdf-not-installed", "PDF rendering not installed",
                    "PDF rendering is not installed on this server", null);
        }
        StreamingOutput out = stream -> RenderedPdfWriter.write(writer, doc, stream, tenantId);
        return Response.ok(out, "application/pdf")
                // a PDF is a download, never a page: no sniffing it into HTML, no scripts, no framing
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", PDF_CSP)
                .header("X-Frame-Options", "DENY")
                .header("Content-Disposition", "attachment; filename=\"" + doc.number().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf\"");
    }
}
