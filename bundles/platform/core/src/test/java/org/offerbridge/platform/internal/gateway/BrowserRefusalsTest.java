package org.offerbridge.platform.internal.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.rest.BrowserRefusalPages;
import org.offerbridge.platform.api.rest.BrowserRefusalPages.Facts;
import org.offerbridge.platform.api.rest.BrowserRefusalPages.Page;
import org.offerbridge.platform.api.rest.BrowserRefusalPages.Refusal;

public class BrowserRefusalsTest {
    private static final String FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Facts BIG = new Facts(Refusal.PAYLOAD_TOO_LARGE, 1024, 0);

    @Test
    public void aBrowserPrefersHtmlOrPostsAForm() {
        assertTrue(BrowserRefusals.browser("GET", FIREFOX, null));
        assertTrue(BrowserRefusals.browser("GET", "text/html", null));
        assertTrue(BrowserRefusals.browser("POST", FIREFOX, "multipart/form-data; boundary=x"));
        assertTrue(BrowserRefusals.browser("POST", null, "multipart/form-data; boundary=x"));
        assertTrue(BrowserRefusals.browser("POST", "*/*", "Application/X-WWW-Form-Urlencoded"));
        assertTrue(BrowserRefusals.browser("POST", "text/html;q=0.9, application/json;q=0.5", "application/json"));
    }

    @Test
    public void aScriptAsksForJsonOrPostsJson() {
        assertFalse(BrowserRefusals.browser("POST", "application/json", "application/json"));
        assertFalse(BrowserRefusals.browser("POST", null, "application/json"));
        assertFalse(BrowserRefusals.browser("GET", null, null));
        assertFalse(BrowserRefusals.browser("GET", "*/*", null));
        // JSON asked for first wins even over a form post; HTML refused outright is no browser
        assertFalse(BrowserRefusals.browser("POST", "application/json, text/html;q=0.5", "multipart/form-data; boundary=x"));
        assertFalse(BrowserRefusals.browser("POST", "application/problem+json", "application/x-www-form-urlencoded"));
        assertFalse(BrowserRefusals.browser("POST", "text/html;q=0", "multipart/form-data; boundary=x"));
        assertFalse(BrowserRefusals.browser("GET", "text/html;q=0.2, application/json", null));
        // a form sent by PUT is a script's
        assertFalse(BrowserRefusals.browser("PUT", null, "application/x-www-form-urlencoded"));
        // a broken quality counts as none
        assertFalse(BrowserRefusals.browser("GET", "text/html;q=abc", null));
    }

    @Test
    public void theFirstCapabilityClaimingThePathAnswersAndAFailingOneIsSkipped() {
        BrowserRefusalPages broken = (path, facts, language) -> {
            throw new IllegalStateException("broken");
        };
        BrowserRefusalPages other = (path, facts, language) -> Optional.empty();
        BrowserRefusalPages form = (path, facts, language) -> path.startsWith("rfq/")
                ? Optional.of(new Page(language + ":" + facts.refusal() + ":" + facts.limitBytes(), Map.of("Cache-Control", "no-store")))
                : Optional.empty();
        List<BrowserRefusalPages> pages = List.of(broken, other, form);
        Optional<Page> p = BrowserRefusals.page(pages, "POST", "rfq/abc", FIREFOX, "multipart/form-data; boundary=x", "de", BIG);
        assertEquals("de:PAYLOAD_TOO_LARGE:1024", p.orElseThrow().html());
        assertEquals("no-store", p.get().headers().get("Cache-Control"));
        // not claimed, or a script: no page (the problem+json stays)
        assertTrue(BrowserRefusals.page(pages, "POST", "quotes", FIREFOX, "multipart/form-data; boundary=x", "de", BIG).isEmpty());
        assertTrue(BrowserRefusals.page(pages, "POST", "rfq/abc", "application/json", "application/json", "de", BIG).isEmpty());
        assertTrue(BrowserRefusals.page(List.of(), "GET", "rfq/abc", FIREFOX, null, "de", BIG).isEmpty());
    }
}
