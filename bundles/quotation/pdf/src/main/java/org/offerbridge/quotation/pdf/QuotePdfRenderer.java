package org.offerbridge.quotation.pdf;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Renders a quotation to PDF. Thread-safe: one service instance serves concurrent requests.
 * Text in Latin, Cyrillic and Devanagari is shaped (conjuncts, vowel-sign reordering) and the fonts are embedded.
 */
@ProviderType
public interface QuotePdfRenderer {

    /**
     * Writes {@code doc} as a PDF to {@code out}; {@code out} is flushed but not closed.
     *
     * @throws IOException when writing to {@code out} fails
     */
    void render(QuoteDocument doc, OutputStream out) throws IOException;
}
