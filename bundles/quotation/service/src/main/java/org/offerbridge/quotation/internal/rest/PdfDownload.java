package org.offerbridge.quotation.internal.rest;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.QuoteDocumentData;
import org.offerbridge.quotation.api.QuotePdfWriter;

/** A quote's PDF as a download, for staff and customer alike; 503 while no PDF capability is installed. */
final class PdfDownload {
    static final String PDF_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private PdfDownload() {
    }

    static Response.ResponseBuilder of(QuotePdfWriter writer, QuoteDocumentData doc) {
        if (writer == null) {
            throw new ProblemException(503, "pdf-not-installed", "PDF rendering not installed",
                    "PDF rendering is not installed on this server", null);
        }
        StreamingOutput out = stream -> writer.write(doc, stream);
        return Response.ok(out, "application/pdf")
                // a PDF is a download, never a page: no sniffing it into HTML, no scripts, no framing
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", PDF_CSP)
                .header("X-Frame-Options", "DENY")
                .header("Content-Disposition", "attachment; filename=\"" + doc.number().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf\"");
    }
}
