package org.offerbridge.quotation.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.offerbridge.quotation.api.QuoteDocumentData;

class RenderedPdfWriterTest {

    @Test
    void theRendererGetsTheTemplateAndAColourItWouldRefuseIsLeftOut() {
        var t = RenderedPdfWriter.template(new QuoteDocumentData.Template(new byte[] {1}, "#1a73e8", "Pay in 30 days", "IBAN"));
        assertEquals("#1a73e8", t.primaryColor());
        assertEquals("Pay in 30 days", t.terms());
        assertEquals("IBAN", t.footer());
        assertEquals(1, t.logoPng().length);
        assertNull(RenderedPdfWriter.template(new QuoteDocumentData.Template(null, "blue", null, null)).primaryColor());
    }

    private static QuoteDocumentData document(byte[] logo) {
        var party = new QuoteDocumentData.Party("Acme Hardware", "1 Main St", null, null, null);
        var line = new QuoteDocumentData.Line(1, "A-1", "Bolt", java.math.BigDecimal.ONE, "pcs", java.math.BigDecimal.TEN, null, null,
                java.math.BigDecimal.TEN);
        var totals = new org.offerbridge.quotation.api.Totals(java.math.BigDecimal.TEN, java.math.BigDecimal.ZERO, java.util.List.of(),
                java.math.BigDecimal.ZERO, java.math.BigDecimal.TEN);
        return new QuoteDocumentData("Q-1", 1, java.time.LocalDate.of(2026, 1, 2), null, java.util.Locale.ENGLISH, "EUR", false, party,
                party, java.util.List.of(line), totals, new QuoteDocumentData.Template(logo, "#1A73E8", "Pay in 30 days", "IBAN"));
    }

    @Test
    void aLogoTheRendererCannotReadCostsTheLogoNotTheDocument() throws java.io.IOException {
        byte[] png = org.offerbridge.quotation.internal.QuoteTemplatesTestImages.noisyPng();
        byte[] truncated = java.util.Arrays.copyOf(png, png.length / 2);
        var openPdf = new org.offerbridge.quotation.pdf.internal.OpenPdfQuoteRenderer();
        java.util.List<Boolean> withLogo = new java.util.ArrayList<>();
        RenderedPdfWriter writer = new RenderedPdfWriter((doc, o) -> {
            withLogo.add(doc.template().logoPng() != null);
            openPdf.render(doc, o);
        });

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        writer.write(document(truncated), out);
        assertEquals(java.util.List.of(true, false), withLogo, "OpenPDF refuses the truncated logo; the second try is without it");
        String head = new String(out.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("%PDF-", head);

        java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
        writer.write(document(png), whole);
        org.junit.jupiter.api.Assertions.assertTrue(whole.size() > out.size(), "the whole logo is drawn: " + whole.size() + " > " + out.size());
    }

    @Test
    void aDocumentThatFailsWithoutATemplateStillFails() {
        RenderedPdfWriter writer = new RenderedPdfWriter((doc, out) -> {
            throw new java.io.IOException("disk full");
        });
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> writer.write(document(null), new java.io.ByteArrayOutputStream()));
    }
}
