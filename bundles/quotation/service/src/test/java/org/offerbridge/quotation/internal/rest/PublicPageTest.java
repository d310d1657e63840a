package org.offerbridge.quotation.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.net.ClientAddresses;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.testing.TranslationCheck;
import org.offerbridge.quotation.api.Origin;
import org.offerbridge.quotation.api.PublicQuote;
import org.offerbridge.quotation.api.PublicQuotes;
import org.offerbridge.quotation.api.QuoteDocumentData;
import org.offerbridge.quotation.api.QuoteLine;
import org.offerbridge.quotation.api.Totals;

class PublicPageTest {
    /** No proxies: the client is the socket peer. */
    private static final ClientAddresses PEER = (peer, headers) -> peer;


    private static PublicQuote quote(PublicQuote.State state, String lineName) {
        BigDecimal net = new BigDecimal("54.00");
        BigDecimal tax = new BigDecimal("9.72");
        QuoteLine line = new QuoteLine(1, null, "HB-M8-40", lineName, "pcs", new BigDecimal("12"), new BigDecimal("4.50"), BigDecimal.ZERO,
                new BigDecimal("18"), net);
        Totals totals = new Totals(net, BigDecimal.ZERO, List.of(new Totals.TaxAmount(new BigDecimal("18"), net, tax)), tax, net.add(tax));
        return new PublicQuote(state, "Q-2026-00007", 1, "Acme", "Sharma Traders", "INR", false, LocalDate.of(2026, 12, 31), List.of(line),
                totals, null);
    }

    private static final String TOKEN = "tok123";

    @Test
    void anOpenQuoteOffersTheDownloadAndBothDecisionsAsPlainForms() {
        String html = PublicPage.quote(quote(PublicQuote.State.OPEN, "M8 hex bolt"), Locale.ENGLISH, TOKEN, true, null);
        assertTrue(html.contains("<a href=\"tok123/pdf\" download>Download as PDF</a>"), html);
        // forms that post to the page's own link, with the fields the service takes: no script needed
        assertTrue(html.contains("<form id=\"accept-form\" method=\"post\" action=\"tok123/accept\" accept-charset=\"utf-8\">"), html);
        assertTrue(html.contains("<form id=\"reject-form\" method=\"post\" action=\"tok123/reject\" accept-charset=\"utf-8\">"), html);
        assertTrue(html.contains("<label for=\"accept-name\">Your full name</label><input id=\"accept-name\" name=\"name\" maxlength=\"200\" required"));
        assertTrue(html.contains("<input id=\"reject-reason\" name=\"reason\" maxlength=\"1000\" autocomplete=\"off\">"), html);
        assertTrue(html.contains("<button type=\"submit\" id=\"accept-button\">Accept</button>"));
        assertFalse(html.contains("fetch("), "the script no longer does the posting");
        assertFalse(html.contains("aria-invalid=\"true\""));
        // the totals' amounts stand under the line totals, also with the detail columns hidden on a phone
        assertTrue(html.contains("<tr class=\"t\"><td colspan=\"2\">Total</td><td class=\"d\" colspan=\"3\"></td><td class=\"n\">63.72 INR</td></tr>"),
                html);
        assertTrue(html.contains("<title>Quotation Q-2026-00007</title>"));
        // the number is kept on one line (it would break at its hyphens on a phone)
        assertTrue(html.contains("<h1>Quotation <span class=\"no\">Q-2026-00007</span></h1>"), html);
        assertTrue(between(html, "<style>", "</style>").contains(".no{white-space:nowrap}"));
    }

    @Test
    void aLinesChosenOptionsStandUnderItsNameEscaped() {
        PublicQuote plain = quote(PublicQuote.State.OPEN, "Work shirt");
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        options.put("Colour", "Blue");
        options.put("Size", "<M>");
        QuoteLine l = plain.lines().get(0);
        QuoteLine withOptions = new QuoteLine(l.position(), null, "SH-1", l.name(), l.unit(), l.quantity(), l.unitPrice(), l.discountPercent(),
                l.taxRate(), l.lineTotal(), options);
        PublicQuote q = new PublicQuote(plain.state(), plain.number(), plain.revision(), plain.sellerName(), plain.customerName(),
                plain.currency(), plain.pricesIncludeTax(), plain.validUntil(), List.of(withOptions), plain.totals(), plain.locale());
        String html = PublicPage.quote(q, Locale.ENGLISH, TOKEN, true, null);
        assertTrue(html.contains("Work shirt <small>SH-1</small><span class=\"opt\">Colour: Blue · Size: &lt;M&gt;</span></td>"), html);
        assertFalse(PublicPage.quote(plain, Locale.ENGLISH, TOKEN, true, null).contains("class=\"opt\""), "no options, no line for them");
        String style = between(html, "<style>", "</style>");
        assertTrue(style.contains(".opt{"), style);
    }

    @Test
    void thePolicyAllowsExactlyThePagesOwnStyleAndScript() throws Exception {
        String html = PublicPage.quote(quote(PublicQuote.State.OPEN, "M8 hex bolt"), Locale.ENGLISH, TOKEN, true, null);
        String script = between(html, "<script>", "</script>");
        String style = between(html, "<style>", "</style>");
        assertTrue(PublicPage.CSP.contains("script-src '" + sha256(script) + "'"), PublicPage.CSP);
        assertTrue(PublicPage.CSP.contains("style-src '" + sha256(style) + "'"), PublicPage.CSP);
        assertTrue(PublicPage.CSP.startsWith("default-src 'none'"));
        assertTrue(PublicPage.CSP.contains("form-action 'self'"));
        assertTrue(PublicPage.CSP.contains("frame-ancestors 'none'"));
    }

    @Test
    void withoutARendererThereIsNoDownloadLink() {
        String html = PublicPage.quote(quote(PublicQuote.State.OPEN, "M8 hex bolt"), Locale.ENGLISH, TOKEN, false, null);
        assertFalse(html.contains("/pdf"), html);
        assertFalse(html.contains("Download"));
    }

    @Test
    void anExpiredQuoteStillDownloadsButCannotBeDecided() {
        String html = PublicPage.quote(quote(PublicQuote.State.EXPIRED, "M8 hex bolt"), Locale.GERMAN, "t", true, null);
        assertTrue(html.contains("Als PDF herunterladen"), html);
        assertTrue(html.contains("id=\"state-expired\"><h2>Dieses Angebot ist abgelaufen</h2>"), html);
        assertFalse(html.contains("<form"));
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("lang=\"de\""));
    }

    @Test
    void decidedQuotesSaySoAndOfferNoForms() {
        String accepted = PublicPage.quote(quote(PublicQuote.State.ACCEPTED, "M8 hex bolt"), Locale.ENGLISH, TOKEN, true, null);
        assertTrue(accepted.contains("id=\"state-accepted\">You accepted this quotation. Thank you!"), accepted);
        assertFalse(accepted.contains("<form"));
        String rejected = PublicPage.quote(quote(PublicQuote.State.REJECTED, "M8 hex bolt"), Locale.GERMAN, TOKEN, true, null);
        assertTrue(rejected.contains("Sie haben dieses Angebot abgelehnt."), rejected);
    }

    @Test
    void valuesAreEscaped() {
        String html = PublicPage.quote(quote(PublicQuote.State.OPEN, "<script>alert(1)</script>"), Locale.ENGLISH, "a\"b", true, null);
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("href=\"a&quot;b/pdf\""));
        assertTrue(html.contains("action=\"a&quot;b/accept\""));
    }

    @Test
    void aFieldAtFaultIsMarkedRefilledAndExplainedInTheCustomersLanguage() {
        PublicPage.Notice n = PublicPage.Notice.field("accept", "name", "error.name.required", null, "  ");
        String en = PublicPage.quote(quote(PublicQuote.State.OPEN, "M8 hex bolt"), Locale.ENGLISH, TOKEN, true, n);
        assertTrue(en.contains("<title>Error: Quotation Q-2026-00007</title>"), en);
        assertTrue(en.contains("aria-invalid=\"true\" aria-describedby=\"accept-name-error\" autofocus value=\"  \">"), en);
        assertTrue(en.contains("<p class=\"err\" id=\"accept-name-error\" role=\"alert\">Please type your full name in the field "
                + "&quot;Your full name&quot; to accept.</p>"), en);
        // shown at /q/tok123/accept, the page names itself one level up
        String answered = PublicPage.quote(quote(PublicQuote.State.OPEN, "M8 hex bolt"), Locale.ENGLISH, "../" + TOKEN, true, n);
        assertTrue(answered.contains("<a href=\"../tok123/pdf\" download>") && answered.contains("action=\"../tok123/reject\""), answered);
        // the other form is untouched
        assertTrue(en.contains("<input id=\"reject-reason\" name=\"reason\" maxlength=\"1000\" autocomplete=\"off\">"), en);

        PublicPage.Notice tooLong = PublicPage.Notice.field("reject", "reason", "error.reason.tooLong", 1000, "<b>x</b>");
        String de = PublicPage.quote(quote(PublicQuote.State.OPEN, "M8 hex bolt"), Locale.GERMAN, TOKEN, true, tooLong);
        assertTrue(de.contains("Das Feld „Grund“ ist zu lang: höchstens 1000 Zeichen."), de);
        assertTrue(de.contains("value=\"&lt;b&gt;x&lt;/b&gt;\""), "what was typed comes back escaped");
        assertTrue(de.contains("<title>Fehler: Angebot Q-2026-00007</title>"));
    }

    @Test
    void aPageNoticeStandsAboveTheQuote() {
        String html = PublicPage.quote(quote(PublicQuote.State.ACCEPTED, "M8 hex bolt"), Locale.ENGLISH, TOKEN, true,
                PublicPage.Notice.page("conflict"));
        assertTrue(html.indexOf("role=\"alert\">Nothing was changed: this quotation can no longer be accepted or declined.")
                < html.indexOf("<table>"), html);
        assertTrue(html.contains("You accepted this quotation."));
    }

    @Test
    void everyTextExistsInEveryLanguage() {
        for (Locale l : PublicPage.SUPPORTED) {
            // English is the base file
            assertEquals(l.equals(Locale.ENGLISH) ? "" : l.getLanguage(), PublicPage.texts(l).getLocale().getLanguage(), "a file of its own for " + l);
            assertEquals(PublicPage.texts(Locale.ENGLISH).keySet(), PublicPage.texts(l).keySet(), l.toString());
        }
    }

    /** Every quote-page_*.properties next to the base file passes the one translation check; the page offers exactly those. */
    @Test
    void everyTranslationFileHasTheEnglishKeysAndArguments() {
        List<String> supported = PublicPage.SUPPORTED.stream().filter(l -> !l.equals(Locale.ENGLISH)).map(Locale::toLanguageTag).toList();
        TranslationCheck.of(PublicPage.class, "/l10n/quote-page").assertValid(supported);
    }

    // --- the form posts, against a stand-in for the service that keeps its rules ---

    /** Quotes by token; accept and reject refuse like the real service (400 naming the field, 409 unless open). */
    private static class FakeQuotes implements PublicQuotes {
        final Map<String, PublicQuote.State> states = new HashMap<>();
        final List<String> acted = new ArrayList<>();

        @Override
        public Optional<PublicQuote> open(String token, Origin origin) {
            return Optional.ofNullable(states.get(token)).map(s -> quote(s, "M8 hex bolt"));
        }

        @Override
        public Optional<PublicQuote> accept(String token, String name, Origin origin) {
            if (name == null || name.isBlank()) {
                throw ProblemException.invalid("name", "name is required");
            }
            if (name.strip().length() > 200) {
                throw ProblemException.invalid("name", "name must be at most 200 characters");
            }
            return decide(token, PublicQuote.State.ACCEPTED);
        }

        @Override
        public Optional<PublicQuote> reject(String token, String reason, Origin origin) {
            if (reason != null && reason.strip().length() > 1000) {
                throw ProblemException.invalid("reason", "reason must be at most 1000 characters");
            }
            return decide(token, PublicQuote.State.REJECTED);
        }

        private Optional<PublicQuote> decide(String token, PublicQuote.State to) {
            PublicQuote.State s = states.get(token);
            if (s == null) {
                return Optional.empty();
            }
            if (s != PublicQuote.State.OPEN) {
                throw new ProblemException(409, "quote-" + s.name().toLowerCase(Locale.ROOT), "Conflict", "no longer open", null);
            }
            acted.add(token);
            states.put(token, to);
            return open(token, Origin.SYSTEM);
        }

        @Override
        public Optional<QuoteDocumentData> document(String token, Locale fallback) {
            return Optional.empty();
        }
    }

    private static FakeQuotes quotes(String token, PublicQuote.State state) {
        FakeQuotes q = new FakeQuotes();
        q.states.put(token, state);
        return q;
    }

    @Test
    void anAcceptedFormRedirectsBackToThePage() {
        FakeQuotes q = quotes(TOKEN, PublicQuote.State.OPEN);
        PublicQuoteResource.FormAnswer a = new PublicQuoteResource(q, PEER).byForm(TOKEN, "accept", "Anil Sharma", "en", "same-origin");
        assertEquals(303, a.status());
        // from /q/tok123/accept, "../tok123" is /q/tok123
        assertEquals("../tok123", a.location());
        assertNull(a.html());
        assertEquals(List.of(TOKEN), q.acted);
        assertEquals(PublicQuote.State.ACCEPTED, q.states.get(TOKEN));
    }

    @Test
    void aRejectedFormWithoutReasonRedirectsToo() {
        FakeQuotes q = quotes(TOKEN, PublicQuote.State.OPEN);
        PublicQuoteResource.FormAnswer a = new PublicQuoteResource(q, PEER).byForm(TOKEN, "reject", null, null, null);
        assertEquals(303, a.status());
        assertEquals(PublicQuote.State.REJECTED, q.states.get(TOKEN));
    }

    @Test
    void aMissingNameShowsThePageAgainWithA400NamingTheField() {
        FakeQuotes q = quotes(TOKEN, PublicQuote.State.OPEN);
        for (String blank : new String[] {null, "", "   "}) {
            PublicQuoteResource.FormAnswer a = new PublicQuoteResource(q, PEER).byForm(TOKEN, "accept", blank, "de-DE", "same-origin");
            assertEquals(400, a.status());
            assertNull(a.location());
            assertTrue(a.html().contains("id=\"accept-name-error\" role=\"alert\">Bitte geben Sie im Feld „Ihr vollständiger Name“"), a.html());
            // shown at /q/tok123/accept: its links lead back up to the page's own
            assertTrue(a.html().contains("<form id=\"accept-form\" method=\"post\" action=\"../tok123/accept\""), a.html());
        }
        assertTrue(q.acted.isEmpty());
        assertEquals(PublicQuote.State.OPEN, q.states.get(TOKEN));
    }

    @Test
    void aTooLongReasonIsA400WithTheLimit() {
        FakeQuotes q = quotes(TOKEN, PublicQuote.State.OPEN);
        PublicQuoteResource.FormAnswer a = new PublicQuoteResource(q, PEER).byForm(TOKEN, "reject", "x".repeat(1001), "en", null);
        assertEquals(400, a.status());
        assertTrue(a.html().contains("The field &quot;Reason&quot; is too long: at most 1000 characters, please."), a.html());
    }

    @Test
    void aDecidedOrExpiredQuoteIsA409ShowingWhy() {
        FakeQuotes q = quotes(TOKEN, PublicQuote.State.EXPIRED);
        PublicQuoteResource.FormAnswer a = new PublicQuoteResource(q, PEER).byForm(TOKEN, "accept", "Anil Sharma", "en", "same-origin");
        assertEquals(409, a.status());
        assertTrue(a.html().contains("Nothing was changed"), a.html());
        assertTrue(a.html().contains("This quotation has expired"));
        assertFalse(a.html().contains("<form"));

        FakeQuotes done = quotes(TOKEN, PublicQuote.State.OPEN);
        PublicQuoteResource r = new PublicQuoteResource(done, PEER);
        assertEquals(303, r.byForm(TOKEN, "accept", "Anil Sharma", "en", "same-origin").status());
        PublicQuoteResource.FormAnswer again = r.byForm(TOKEN, "reject", "changed my mind", "en", "same-origin");
        assertEquals(409, again.status());
        assertTrue(again.html().contains("You accepted this quotation."), again.html());
    }

    @Test
    void unknownAndRevokedLinksGetTheInvalidPage() {
        FakeQuotes q = quotes(TOKEN, PublicQuote.State.OPEN);
        PublicQuoteResource.FormAnswer a = new PublicQuoteResource(q, PEER).byForm("other", "accept", "Anil Sharma", "en", "same-origin");
        assertEquals(404, a.status());
        assertEquals(PublicPage.invalid(Locale.ENGLISH), a.html());
        assertEquals(404, new PublicQuoteResource(q, PEER).byForm("other", "accept", "", "en", null).status());
    }

    @Test
    void aFormPostedFromAnotherSiteDoesNothing() {
        FakeQuotes q = quotes(TOKEN, PublicQuote.State.OPEN);
        for (String site : new String[] {"cross-site", "same-site", "CROSS-SITE"}) {
            PublicQuoteResource.FormAnswer a = new PublicQuoteResource(q, PEER).byForm(TOKEN, "accept", "Mallory", "en", site);
            assertEquals(403, a.status(), site);
            assertTrue(a.html().contains("This request did not come from the quotation page"), a.html());
            assertTrue(a.html().contains("<a href=\"../tok123\">Open the quotation</a>"));
        }
        assertTrue(q.acted.isEmpty());
        // the browser's own page, and clients that send no fetch metadata, may decide
        assertEquals(303, new PublicQuoteResource(quotes(TOKEN, PublicQuote.State.OPEN), PEER).byForm(TOKEN, "accept", "A", "en", "same-origin").status());
        assertEquals(303, new PublicQuoteResource(quotes(TOKEN, PublicQuote.State.OPEN), PEER).byForm(TOKEN, "accept", "A", "en", null).status());
    }

    @Test
    void otherProblemsAreNotTurnedIntoPages() {
        PublicQuotes failing = new FakeQuotes() {
            @Override
            public Optional<PublicQuote> accept(String token, String name, Origin origin) {
                throw new ProblemException(503, "unavailable", "Unavailable", "try later", null);
            }
        };
        assertThrows(ProblemException.class, () -> new PublicQuoteResource(failing, PEER).byForm(TOKEN, "accept", "A", "en", null));
    }

    private static String between(String html, String open, String close) {
        Matcher m = Pattern.compile(Pattern.quote(open) + "(.*?)" + Pattern.quote(close), Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), open);
        return m.group(1);
    }

    private static String sha256(String s) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void amountsAndDatesAreWrittenTheWayTheCustomersLanguageWritesThem() {
        String de = PublicPage.quote(quote(PublicQuote.State.OPEN, "M8 hex bolt"), Locale.GERMAN, TOKEN, true, null);
        assertTrue(de.contains(">63,72 INR</td>"), de);
        assertTrue(de.contains(">4,50</td>"), de);
        assertTrue(de.contains("Gültig bis 31. Dezember 2026"), de);
        String en = PublicPage.quote(quote(PublicQuote.State.OPEN, "M8 hex bolt"), Locale.ENGLISH, TOKEN, true, null);
        assertTrue(en.contains(">63.72 INR</td>") && en.contains("Valid until December 31, 2026"), en);
        assertEquals("1,234.50", PublicPage.number(new BigDecimal("1234.50"), Locale.ENGLISH));
        assertEquals("1.234,500", PublicPage.number(new BigDecimal("1234.500"), Locale.GERMAN), "a quantity keeps its digits");
        assertEquals("12", PublicPage.number(new BigDecimal("12"), Locale.FRENCH));
    }

    @Test
    void theQuotesLanguageWinsOverTheBrowsersAndEnglishIsTheFallback() {
        assertEquals(Locale.GERMAN, PublicPage.language("de-AT", "en-US,en;q=0.9"));
        assertEquals(Locale.GERMAN, PublicPage.language(null, "nl-NL,de;q=0.5"));
        assertEquals(Locale.ENGLISH, PublicPage.language("ja-JP", "xx;;;"));
        assertEquals(Locale.ENGLISH, PublicPage.language(null, null));
    }

    @Test
    void eachOfOurCustomersLanguagesIsFoundFromTheQuoteOrTheBrowser() {
        for (String tag : List.of("fr", "es", "ru", "uk", "hi")) {
            assertEquals(tag, PublicPage.language(tag + "-XX", "en").getLanguage(), tag);
            assertEquals(tag, PublicPage.language(null, tag + ";q=0.9,en;q=0.1").getLanguage(), tag);
        }
        for (String tag : List.of("de", "fr", "es", "ru", "uk", "hi")) {
            Locale l = PublicPage.language(tag, null);
            assertEquals(Locale.forLanguageTag(tag), l, tag);
            assertTrue(PublicPage.SUPPORTED.contains(l), tag);
        }
        assertEquals(Locale.forLanguageTag("uk"), PublicPage.language(null, "uk-UA,uk;q=0.9"));
        assertEquals(Locale.forLanguageTag("hi"), PublicPage.language("hi-IN", null));
        assertEquals(Locale.FRENCH, PublicPage.language(null, "fr-CA,fr;q=0.9,en;q=0.5"));
        assertEquals(Locale.ENGLISH, PublicPage.SUPPORTED.get(0));
    }
}
