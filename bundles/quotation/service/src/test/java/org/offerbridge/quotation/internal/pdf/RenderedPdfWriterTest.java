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
}
