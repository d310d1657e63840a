package org.offerbridge.quotation.ui.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;

import org.offerbridge.quotation.api.QuoteDocumentData;
import org.offerbridge.quotation.api.QuoteDocumentSource;
import org.offerbridge.quotation.api.QuotePdfWriter;

/**
 * A quote's PDF, while both the document source and a PDF writer are registered (either may come and go with
 * its feature). Call inside the session, so the document is read for the bound tenant only.
 */
final class QuotePdfs {
    private final Supplier<QuoteDocumentSource> documents;
    private final Supplier<QuotePdfWriter> writer;

    QuotePdfs(Supplier<QuoteDocumentSource> documents, Supplier<QuotePdfWriter> writer) {
        this.documents = documents;
        this.writer = writer;
    }

    boolean available() {
        return documents.get() != null && writer.get() != null;
    }

    /** The PDF's bytes; empty when a piece is missing or the quote is unknown to the bound tenant. */
    Optional<byte[]> render(String quoteId) {
        QuoteDocumentSource source = documents.get();
        QuotePdfWriter w = writer.get();
        if (source == null || w == null) {
            return Optional.empty();
        }
        Optional<QuoteDocumentData> doc = source.document(quoteId);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            w.write(doc.get(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(out.toByteArray());
    }
}
