package org.offerbridge.platform.api.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void pathPartsAreDropped() {
        assertEquals("passwd", FileNames.sanitise("../../etc/passwd", "file"));
        assertEquals("boot.ini", FileNames.sanitise("C:\\..\\boot.ini", "file"));
        assertEquals("file", FileNames.sanitise("../", "file"));
        assertEquals("file", FileNames.sanitise("..", "file"));
        assertEquals("htaccess", FileNames.sanitise(".htaccess", "file"), "no hidden files");
    }

    @Test
    void controlAndBidiCharactersAreDropped() {
        assertEquals("invoicefdp.exe", FileNames.sanitise("invoice\u202Efdp.exe", "file"), "right-to-left override");
        assertEquals("ab .pdf", FileNames.sanitise("a\u0000b\r\n.pdf", "file"));
        assertEquals("a b.pdf", FileNames.sanitise("a\tb\u2066.pdf\u2069", "file"));
        assertEquals("price_list_.pdf", FileNames.sanitise("price\"list?.pdf", "file"));
        assertEquals("Прайс 2026.xlsx", FileNames.sanitise("Прайс 2026.xlsx", "file"));
    }

    @Test
    void longNamesKeepTheirExtension() {
        String s = FileNames.sanitise("a".repeat(500) + ".pdf", "file");
        assertEquals(FileNames.MAX_LENGTH, s.length());
        assertTrue(s.endsWith("a.pdf"));
        assertEquals("file", FileNames.sanitise(null, "file"));
        assertEquals("file", FileNames.sanitise(" \u200B ", "file"));
    }
}
