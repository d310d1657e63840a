package org.offerbridge.channels.internal.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class AttachmentTextTest {

    @Test
    void aPdfsTextIsExtracted() {
        byte[] pdf = TestPdfs.lines(List.of("10 x Hex bolt M8", "5 x Washer M8"));
        String text = AttachmentText.extract(pdf, "application/pdf");
        assertTrue(text.contains("10 x Hex bolt M8"), text);
        assertTrue(text.contains("5 x Washer M8"), text);
    }

    @Test
    void csvAndPlainTextAreTakenAsTheyAre() {
        assertEquals("sku,qty\nA1,10", AttachmentText.extract("sku,qty\r\nA1,10\r\n".getBytes(StandardCharsets.UTF_8), "text/csv"));
        assertEquals("Preis für 10 Stück", AttachmentText.extract("Preis für 10 Stück".getBytes(StandardCharsets.ISO_8859_1), "text/plain"),
                "not UTF-8: read as Latin-1");
    }

    @Test
    void otherTypesDamagedFilesAndEmptyTextGiveNothing() {
        assertNull(AttachmentText.extract(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, "image/jpeg"));
        assertNull(AttachmentText.extract("%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII), "application/pdf"));
        assertNull(AttachmentText.extract(" \n ".getBytes(StandardCharsets.US_ASCII), "text/plain"));
        assertNull(AttachmentText.extract(null, "text/plain"));
    }

    @Test
    void theTextIsCapped() {
        String text = AttachmentText.extract("x".repeat(AttachmentText.MAX_CHARS + 500).getBytes(StandardCharsets.US_ASCII), "text/plain");
        assertEquals(AttachmentText.MAX_CHARS, text.length());
    }
}
