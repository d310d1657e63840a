package org.offerbridge.channels.internal.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void theNameIsEncodedAsRfc5987AsksWithAnAsciiFallback() {
        assertEquals("attachment; filename=\"items.pdf\"; filename*=UTF-8''items.pdf", ContentDisposition.attachment("items.pdf"));
        assertEquals("attachment; filename=\"price list (2).pdf\"; filename*=UTF-8''price%20list%20%282%29.pdf",
                ContentDisposition.attachment("price list (2).pdf"));
        assertEquals("attachment; filename=\"_____.xlsx\"; filename*=UTF-8''%D0%9F%D1%80%D0%B0%D0%B9%D1%81.xlsx",
                ContentDisposition.attachment("Прайс.xlsx"));
        assertEquals("attachment; filename=\"a_b_c_.txt\"; filename*=UTF-8''a%22b%5Cc%25.txt", ContentDisposition.attachment("a\"b\\c%.txt"),
                "quotes and backslashes never end the quoted name");
        assertEquals("attachment; filename=\"a*.txt\"; filename*=UTF-8''a%2A.txt", ContentDisposition.attachment("a*.txt"));
    }
}
