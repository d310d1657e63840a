package org.offerbridge.quotation.internal.rest;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BusyPageFilterTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void aBrowserOnThePageGetsAPageInItsLanguageLinkingBackToTheQuote() {
        String html = BusyPageFilter.page("q/Tok_en-1", BROWSER, "de-DE,de;q=0.9");
        assertNotNull(html);
        assertTrue(html.startsWith("<!DOCTYPE html><html lang=\"de\""), html);
        assertTrue(html.contains("Zu viele Anfragen"), html);
        assertTrue(html.contains("href=\"Tok_en-1\""), html);
    }

    @Test
    void belowThePageTheLinkGoesUpOneLevel() {
        assertTrue(BusyPageFilter.page("/q/abc/accept", "text/html", null).contains("href=\"../abc\""));
        assertTrue(BusyPageFilter.page("q/abc/pdf", "text/html", "fr").contains("Trop de demandes"));
    }

    @Test
    void scriptsAndOtherPathsKeepTheProblemJson() {
        assertNull(BusyPageFilter.page("q/abc", "application/json", "de"));
        assertNull(BusyPageFilter.page("q/abc/accept", null, "de"));
        assertNull(BusyPageFilter.page("quotes/abc", BROWSER, "de"));
        assertNull(BusyPageFilter.page("catalog/products", BROWSER, null));
        assertNull(BusyPageFilter.page("q/", BROWSER, null));
    }

    @Test
    void whatIsInThePathIsEscaped() {
        String html = BusyPageFilter.page("q/%22%3E%3Cscript%3E", BROWSER, null);
        assertTrue(html.contains("href=\"%22%3E%3Cscript%3E\""), html);
        html = BusyPageFilter.page("q/\"><script>", BROWSER, null);
        assertTrue(html.contains("href=\"&quot;&gt;&lt;script&gt;\""), html);
    }
}
