package org.offerbridge.rfqform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.rest.BrowserRefusalPages.Facts;
import org.offerbridge.platform.api.rest.BrowserRefusalPages.Page;
import org.offerbridge.platform.api.rest.BrowserRefusalPages.Refusal;

public class RefusalPagesTest {
    private final RefusalPages pages = new RefusalPages();
    private static final Facts BIG = new Facts(Refusal.PAYLOAD_TOO_LARGE, 1_048_576, 0);
    private static final Facts BUSY = new Facts(Refusal.RATE_LIMITED, 0, 42);

    @Test
    public void onlyTheFormsOwnAddressIsClaimed() {
        assertTrue(pages.page("rfq/abc", BIG, null).isPresent());
        assertTrue(pages.page("/rfq/abc", BUSY, null).isPresent());
        assertTrue(pages.page("rfq/abc/", BUSY, null).isPresent());
        assertFalse(pages.page("rfq/abc/embed.js", BUSY, null).isPresent());
        assertFalse(pages.page("rfq-form/settings", BUSY, null).isPresent());
        assertFalse(pages.page("q/abc", BUSY, null).isPresent());
        assertFalse(pages.page(null, BUSY, null).isPresent());
    }

    @Test
    public void theSizePageSaysTheLimitAndLinksBackToTheForm() {
        Page p = pages.page("rfq/tok_1", BIG, "en-GB,en;q=0.9").orElseThrow();
        assertTrue(p.html().startsWith("<!DOCTYPE html><html lang=\"en\""), p.html());
        assertTrue(p.html().contains("Your files are too large"), p.html());
        assertTrue(p.html().contains("smaller than 1\u00a0MB"), p.html());
        assertTrue(p.html().contains("<a href=\"tok_1\">Back to the form</a>"), p.html());
        assertEquals(FormPage.CSP, p.headers().get("Content-Security-Policy"));
        assertEquals("no-store", p.headers().get("Cache-Control"));
    }

    @Test
    public void theBusyPageSaysHowLongToWaitInTheVisitorsLanguage() {
        String de = pages.page("rfq/tok", BUSY, "de-DE,de;q=0.9,en;q=0.5").orElseThrow().html();
        assertTrue(de.contains("<html lang=\"de\"") && de.contains("Zu viele Anfragen") && de.contains("in 42 Sekunden"), de);
        String fr = pages.page("rfq/tok", BIG, "fr-CA").orElseThrow().html();
        assertTrue(fr.contains("<html lang=\"fr\"") && fr.contains("1\u00a0MB") && fr.contains("Retour au formulaire"), fr);
        String hi = pages.page("rfq/tok", BUSY, "hi").orElseThrow().html();
        assertTrue(hi.contains("<html lang=\"hi\"") && hi.contains("42 सेकंड"), hi);
        // a language the form does not speak, or a broken header: English
        assertTrue(pages.page("rfq/tok", BUSY, "ja-JP").orElseThrow().html().contains("<html lang=\"en\""));
        assertTrue(pages.page("rfq/tok", BUSY, ";;;q=x").orElseThrow().html().contains("try again in 42 seconds"));
    }

    @Test
    public void whatThePathCarriesIsEscaped() {
        String html = pages.page("rfq/a\"><script>x'", BUSY, null).orElseThrow().html();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("href=\"a&quot;&gt;&lt;script&gt;x&#39;\""), html);
    }

    @Test
    public void everyLanguageHasTheTexts() {
        for (String lang : FormValues.LANGUAGES) {
            Texts t = Texts.of(java.util.Locale.forLanguageTag(lang));
            for (String key : new String[] {"tooLarge.title", "tooLarge.text", "busy.title", "busy.text"}) {
                String text = t.get(key, "7");
                assertFalse(text.isBlank(), lang + " " + key);
                assertFalse(text.contains("'"), lang + " " + key);
                if (key.endsWith(".text")) {
                    assertTrue(text.contains("7"), lang + " " + key + ": " + text);
                }
            }
        }
    }
}
