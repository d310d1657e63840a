package org.offerbridge.channels.internal.attachments;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF's text with Apache PDFBox, from its first {@link #MAX_PAGES} pages; null when it has none (a scan) or is unreadable. */
final class PdfText {
    static final int MAX_PAGES = 20;

    private PdfText() {
    }

    static String of(byte[] bytes, int maxChars) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                return null;
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(1);
            stripper.setEndPage(Math.min(MAX_PAGES, doc.getNumberOfPages()));
            String text = stripper.getText(doc);
            return text.length() > maxChars ? text.substring(0, maxChars) : text;
        } catch (IOException e) {
            return null;
        }
    }
}
