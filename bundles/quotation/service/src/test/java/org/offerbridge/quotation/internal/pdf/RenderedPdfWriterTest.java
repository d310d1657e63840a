package org.offerbridge.quotation.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.testing.BoundCaller;
import org.offerbridge.quotation.api.QuoteDocumentData;
import org.offerbridge.quotation.pdf.QuotePdfRenderer;

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
        }, BoundCaller.of(null), (tenant, part) -> { });

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
        }, BoundCaller.of(null), (tenant, part) -> { });
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> writer.write(document(null), new java.io.ByteArrayOutputStream()));
    }

    /** Fails while the document has a logo (or any template, with {@code allTemplate}), as OpenPDF on a damaged one. */
    private static QuotePdfRenderer failingWith(boolean allTemplate) {
        return (doc, out) -> {
            boolean hasTemplate = doc.template().logoPng() != null || allTemplate && doc.template().terms() != null;
            if (hasTemplate) {
                throw new IOException("unreadable template part");
            }
            out.write("%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        };
    }

    @Test
    void theWorkspaceGivenByTheCallerIsToldWhichPartWasLeftOut() throws IOException {
        List<String> told = new ArrayList<>();
        // no caller bound, as on the customer's public link: the link's workspace is given
        RenderedPdfWriter writer = new RenderedPdfWriter(failingWith(false), BoundCaller.of(null), (t, part) -> told.add(t + " " + part));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(document(new byte[] {1, 2, 3}), out, "t-seller");
        assertEquals(List.of("t-seller logo"), told);
        assertEquals("%PDF-1.4", out.toString(java.nio.charset.StandardCharsets.ISO_8859_1), "the customer still gets the document");

        told.clear();
        RenderedPdfWriter noTemplate = new RenderedPdfWriter(failingWith(true), BoundCaller.of(null), (t, part) -> told.add(t + " " + part));
        noTemplate.write(document(new byte[] {1, 2, 3}), new ByteArrayOutputStream(), "t-seller");
        assertEquals(List.of("t-seller template"), told, "rendered without any template");
    }

    @Test
    void onTheStaffPathTheBoundCallersWorkspaceIsTold() throws IOException {
        List<String> told = new ArrayList<>();
        RenderedPdfWriter writer = new RenderedPdfWriter(failingWith(false), BoundCaller.withRole(Role.SALES), (t, part) -> told.add(t + " " + part));
        writer.write(document(new byte[] {1, 2, 3}), new ByteArrayOutputStream());
        assertEquals(List.of("t1 logo"), told);
    }

    @Test
    void aDocumentRenderedWithItsTemplateTellsNoOneAndWithoutAWorkspaceNoOneIsTold() throws IOException {
        List<String> told = new ArrayList<>();
        new RenderedPdfWriter(failingWith(false), BoundCaller.withRole(Role.SALES), (t, part) -> told.add(t + " " + part))
                .write(document(null), new ByteArrayOutputStream());
        new RenderedPdfWriter(failingWith(false), BoundCaller.of(null), (t, part) -> told.add(t + " " + part))
                .write(document(new byte[] {1, 2, 3}), new ByteArrayOutputStream());
        assertEquals(List.of(), told);
    }
}
