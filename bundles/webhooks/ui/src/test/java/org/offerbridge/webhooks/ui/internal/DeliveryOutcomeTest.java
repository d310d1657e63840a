package org.offerbridge.webhooks.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class DeliveryOutcomeTest {

    @Test
    void statusAndErrorAreShownTogetherOrAlone() {
        assertEquals("HTTP 500 · Internal error", DeliveryOutcome.of(500, " Internal\n error "));
        assertEquals("HTTP 204", DeliveryOutcome.of(204, null));
        assertEquals("connect timed out", DeliveryOutcome.of(null, "connect timed out"));
        assertEquals("", DeliveryOutcome.of(null, " "));
    }

    @Test
    void longErrorsAreCutToOneShortLine() {
        String shown = DeliveryOutcome.of(null, "x".repeat(500));
        assertEquals(DeliveryOutcome.MAX, shown.length());
        assertTrue(shown.endsWith("…"));
    }

    @Test
    void everyEnglishTextHasAGermanOne() throws Exception {
        Properties en = new Properties();
        Properties de = new Properties();
        en.load(getClass().getResourceAsStream("messages.properties"));
        de.load(new java.io.InputStreamReader(getClass().getResourceAsStream("messages_de.properties"), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(en.keySet(), de.keySet());
        assertTrue(Locale.GERMAN.getLanguage().equals("de"));
    }
}
