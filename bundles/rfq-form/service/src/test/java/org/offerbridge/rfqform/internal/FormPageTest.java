package org.offerbridge.rfqform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.testing.TranslationCheck;

/** The form as HTML: in the customer's language, accessible, without external assets, options rendered from the catalog. */
class FormPageTest {
    private static final long MAX_FILES = 32L * 1024 * 1024;

    private static String page(Locale locale, List<FormPage.Shown> products, FormPage.Notice notice) {
        return FormPage.form(new FormPage.View(Texts.of(locale), "tok3n", "v1.1.sig", "Made to measure.\n\nAsk us anything.",
                List.of("name", "email"), products, false, null, MAX_FILES, notice));
    }

    @Test
    void theFormSpeaksFrenchWithFieldsetsLabelsAndASelectPerOption() {
        String h = page(Locale.FRENCH, List.of(new FormPage.Shown(Catalogs.DOOR, "1"), new FormPage.Shown(Catalogs.BOLT, null)), null);
        assertTrue(h.startsWith("<!DOCTYPE html><html lang=\"fr\">"), h);
        assertTrue(h.contains("<h1>Demander un devis</h1>"));
        assertTrue(h.contains("<label for=\"f-email\">E-mail *</label><input type=\"email\" id=\"f-email\" name=\"email\" autocomplete=\"email\""));
        assertTrue(h.contains(" required"), "required fields say so");
        assertTrue(h.contains("<fieldset><legend>Oak door <span class=\"hint\">(DOOR-1)</span></legend>"));
        assertTrue(h.contains("<input type=\"hidden\" name=\"items.0.sku\" value=\"DOOR-1\">"));
        assertTrue(h.contains("name=\"items.0.quantity\" maxlength=\"20\" autocomplete=\"off\" value=\"1\""), "the chosen product preset");
        assertTrue(h.contains("<label for=\"f-items.0.option.Colour\">Colour</label><select id=\"f-items.0.option.Colour\" name=\"items.0.option.Colour\">"));
        assertTrue(h.contains("<option value=\"Red\">Red (+25,00\u00a0EUR)</option>"), "the price difference in French numbers");
        assertTrue(h.contains("<option value=\"Left\">Left</option>"), "no difference, no amount");
        assertFalse(h.contains("items.1.option."), "a product without options has no select");
        assertTrue(h.contains("enctype=\"multipart/form-data\""));
        assertTrue(h.contains("<input type=\"file\" id=\"f-files\" name=\"files\" multiple"));
        assertTrue(h.contains("Jusqu’à 32\u00a0MB au total."));
        assertTrue(h.contains("<p>Made to measure.</p><p>Ask us anything.</p>"));
        assertTrue(h.contains("class=\"hp\" aria-hidden=\"true\""), "the honeypot is hidden from people");
        assertTrue(h.contains("name=\"website\" tabindex=\"-1\" autocomplete=\"off\""));
        assertTrue(h.contains("<input type=\"hidden\" name=\"formToken\" value=\"v1.1.sig\">"));
        assertTrue(h.contains("<input type=\"hidden\" name=\"lang\" value=\"fr\">"));
        assertFalse(h.contains("<script"), "works without JavaScript");
        assertFalse(Pattern.compile("(src|href|action)=\"(https?:)?//").matcher(h).find(), "no external assets");
    }

    @Test
    void errorsStandUnderTheirFieldsAreLinkedAndListedAndWhatWasTypedIsKept() {
        Map<String, FormPage.Error> errors = new LinkedHashMap<>();
        errors.put("email", new FormPage.Error("error.email", null));
        errors.put("items.0.quantity", new FormPage.Error("error.quantity", null));
        String h = page(Locale.GERMAN, List.of(new FormPage.Shown(Catalogs.DOOR, null)),
                new FormPage.Notice(Map.of("email", "anil@", "name", "Anil <b>", "items.0.quantity", "x"), errors, null));
        assertTrue(h.contains("<title>Bitte prüfen Sie das Formular · Angebot anfragen</title>"));
        assertTrue(h.contains("<div class=\"box err\" role=\"alert\" id=\"errors\">"));
        assertTrue(h.contains("<li><a href=\"#f-email\">Bitte geben Sie eine E-Mail-Adresse wie name@example.com ein.</a></li>"));
        assertTrue(h.contains("value=\"anil@\" aria-describedby=\"f-email-error\" aria-invalid=\"true\">"));
        assertTrue(h.contains("<p class=\"err\" id=\"f-email-error\">"));
        assertTrue(h.contains("value=\"Anil &lt;b&gt;\""), "escaped");
        assertTrue(h.contains("aria-describedby=\"products-hint f-items.0.quantity-error\" aria-invalid=\"true\""));
    }

    @Test
    void thePageNoticeOfAFastPostIsPolite() {
        String h = page(Locale.ENGLISH, List.of(), new FormPage.Notice(Map.of("name", "Anil"), Map.of(), "error.tooFast"));
        assertTrue(h.contains("role=\"alert\" id=\"notice\"><p>Thank you. That was quick: please check your entries and send the form again."));
        assertTrue(h.contains("value=\"Anil\""));
        assertFalse(h.contains("id=\"products\""), "no products offered, no products fieldset");
    }

    @Test
    void theStyleIsTheOneTheContentSecurityPolicyAllows() {
        String h = page(Locale.ENGLISH, List.of(), null);
        Matcher m = Pattern.compile("<style>(.*?)</style>").matcher(h);
        assertTrue(m.find());
        assertTrue(FormPage.CSP.contains("style-src '" + FormPage.sha256(m.group(1)) + "'"));
        assertTrue(FormPage.CSP.startsWith("default-src 'none';"));
        assertTrue(FormPage.CSP.contains("form-action 'self'"));
        assertFalse(FormPage.CSP.contains("script-src"), "no script may run");
        assertEquals("nosniff", FormPage.HEADERS.get("X-Content-Type-Options"));
        assertEquals("no-store", FormPage.HEADERS.get("Cache-Control"));
    }

    @Test
    void theThankYouPageShowsTheReferenceAndTheSellersText() {
        String h = FormPage.thanks(Texts.of(Locale.forLanguageTag("hi")), null, "RFQ-7K3Q-M2XD");
        assertTrue(h.contains("lang=\"hi\""));
        assertTrue(h.contains("<p class=\"ref\" id=\"reference\">आपका संदर्भ: RFQ-7K3Q-M2XD</p>"));
        String own = FormPage.thanks(Texts.of(Locale.ENGLISH), "We call back <today>.", "RFQ-7K3Q-M2XD");
        assertTrue(own.contains("<p>We call back &lt;today&gt;.</p>"));
        assertFalse(own.contains("We have received your request"));
    }

    @Test
    void everyLanguageHasItsOwnFileWithTheEnglishKeysAndArguments() {
        for (String l : FormValues.LANGUAGES) {
            assertEquals(l, Texts.of(Locale.forLanguageTag(l)).locale().getLanguage());
        }
        TranslationCheck.of(FormPageTest.class, "/l10n/rfq-form").assertValid(FormValues.LANGUAGES.subList(1, FormValues.LANGUAGES.size()));
    }

    @Test
    void theEmbedScriptCannotBeBrokenOutOfByTheLabel() {
        String s = Embed.script("https://x.example/api/v1/rfq/t", "Ask </script><b>\"now\"", "Close");
        assertFalse(s.contains("</script>"));
        assertTrue(s.contains("\"Ask \\u003c/script\\u003e\\u003cb\\u003e\\\"now\\\"\""));
        String snippet = Embed.snippet("https://x.example/api/v1/rfq/t", "Ask \"us\"");
        assertTrue(snippet.startsWith("<script src=\"https://x.example/api/v1/rfq/t/embed.js\" defer></script>"));
        assertTrue(snippet.contains("<noscript><a href=\"https://x.example/api/v1/rfq/t\" target=\"_blank\" rel=\"noopener\">Ask &quot;us&quot;</a></noscript>"));
    }
}
