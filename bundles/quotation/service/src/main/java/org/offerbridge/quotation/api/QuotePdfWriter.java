package org.offerbridge.quotation.api;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Renders a quote document as PDF. Registered by a PDF capability (or an adapter over its renderer);
 * {@code GET /quotes/{id}/pdf} answers 503 while none is registered.
 */
@ConsumerType
public interface QuotePdfWriter {
    void write(QuoteDocumentData document, OutputStream out) throws IOException;
}
