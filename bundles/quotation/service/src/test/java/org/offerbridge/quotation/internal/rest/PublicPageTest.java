package org.offerbridge.quotation.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.offerbridge.quotation.api.PublicQuote;
import org.offerbridge.quotation.api.QuoteLine;
import org.offerbridge.quotation.api.Totals;

class PublicPageTest {

    private static PublicQuote quote(PublicQuote.State state, String lineName) {
        BigDecimal net = new BigDecimal("54.00");
        BigDecimal tax = new BigDecimal("9.72");
        QuoteLine line = new QuoteLine(1, null, "HB-M8-40", lineName, "pcs", new BigDecimal("12"), new BigDecimal("4.50"), BigDecimal.ZERO,
                new BigDecimal("18"), net);
        Totals totals = new Totals(net, BigDecimal.ZERO, List.of(new Totals.TaxAmount(new BigDecimal("18"), net, tax)), tax, net.add(tax));
        return new PublicQuote(state, "Q-2026-00007", 1, "Acme", "Sharma Traders", "INR", false, LocalDate.of(2026, 12, 31), List.of(line),
                totals, null);
    }

    @Test
    void anOpenQuoteOffersTheDownloadAndBothDecisions() {
        String html = PublicPage.quote(quote(PublicQuote.State.OPEN, "M8 hex bolt"), Locale.ENGLISH, "tok123/pdf");
        assertTrue(html.contains("<a href=\"tok123/pdf\" download>Download as PDF</a>"), html);
        assertTrue(html.contains("data-action=\"accept\""));
        assertTrue(html.contains("data-action=\"reject\""));
        assertTrue(html.contains("63.72 INR"));
    }

    @Test
    void withoutARendererThereIsNoDownloadLink() {
        String html = PublicPage.quote(quote(PublicQuote.State.OPEN, "M8 hex bolt"), Locale.ENGLISH, null);
        assertFalse(html.contains("/pdf"), html);
        assertFalse(html.contains("Download"));
    }

    @Test
    void anExpiredQuoteStillDownloadsButCannotBeDecided() {
        String html = PublicPage.quote(quote(PublicQuote.State.EXPIRED, "M8 hex bolt"), Locale.GERMAN, "t/pdf");
        assertTrue(html.contains("Als PDF herunterladen"), html);
        assertFalse(html.contains("data-action"));
        assertTrue(html.contains("lang=\"de\""));
    }

    @Test
    void valuesAreEscaped() {
        String html = PublicPage.quote(quote(PublicQuote.State.OPEN, "<script>alert(1)</script>"), Locale.ENGLISH, "a\"b/pdf");
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("href=\"a&quot;b/pdf\""));
    }

    @Test
    void theQuotesLanguageWinsOverTheBrowsersAndEnglishIsTheFallback() {
        assertEquals(Locale.GERMAN, PublicPage.language("de-AT", "en-US,en;q=0.9"));
        assertEquals(Locale.GERMAN, PublicPage.language(null, "fr-FR,de;q=0.5"));
        assertEquals(Locale.ENGLISH, PublicPage.language("hi-IN", "xx;;;"));
        assertEquals(Locale.ENGLISH, PublicPage.language(null, null));
    }
}
