package org.offerbridge.rfqform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.rfqform.api.FormSettingsChange;

class FormValuesTest {

    private static FormSettingsChange change(Integer retention, List<String> required, List<String> languages, List<String> recipients) {
        return new FormSettingsChange(null, null, recipients, null, null, retention, null, null, required, null, languages);
    }

    private static String fieldOf(Runnable r) {
        ProblemException e = assertThrows(ProblemException.class, r::run);
        assertEquals(400, e.status());
        return e.field();
    }

    @Test
    void defaultsAreOffThirtyDaysAllProductsNameAndEmailSevenLanguages() {
        FormValues d = FormValues.DEFAULTS;
        assertFalse(d.enabled());
        assertEquals(30, d.retentionDays());
        assertNull(d.products(), "all active products");
        assertEquals(List.of("name", "email"), d.requiredFields());
        assertEquals(List.of("en", "de", "fr", "es", "ru", "uk", "hi"), d.languages());
    }

    @Test
    void nullLeavesAValueAndAnEmptyTextClearsIt() {
        FormValues v = FormValues.DEFAULTS.apply(new FormSettingsChange(true, true, null, "Ask us", "Hello\n\nthere", 90, null,
                List.of("HB-1", "HB-2", "HB-1"), null, "Thanks!", null));
        assertTrue(v.enabled());
        assertTrue(v.notifySeller());
        assertEquals("Ask us", v.buttonLabel());
        assertEquals(90, v.retentionDays());
        assertEquals(List.of("HB-1", "HB-2"), v.products(), "duplicates dropped, order kept");
        FormValues w = v.apply(new FormSettingsChange(null, null, null, "", "  ", null, null, null, null, null, null));
        assertNull(w.buttonLabel());
        assertNull(w.customerText());
        assertEquals(90, w.retentionDays());
        assertEquals("Thanks!", w.thankYouText());
        assertNull(w.apply(new FormSettingsChange(null, null, null, null, null, null, true, List.of("X"), null, null, null)).products(),
                "allProducts wins over a list");
    }

    @Test
    void retentionIsOneToThreeHundredSixtyFiveDays() {
        assertEquals(1, FormValues.DEFAULTS.apply(change(1, null, null, null)).retentionDays());
        assertEquals(365, FormValues.DEFAULTS.apply(change(365, null, null, null)).retentionDays());
        assertEquals("retentionDays", fieldOf(() -> FormValues.DEFAULTS.apply(change(0, null, null, null))));
        assertEquals("retentionDays", fieldOf(() -> FormValues.DEFAULTS.apply(change(366, null, null, null))));
    }

    @Test
    void requiredFieldsAreKnownAndAlwaysLetTheSellerAnswer() {
        assertEquals(List.of("name", "phone", "company"),
                FormValues.DEFAULTS.apply(change(null, List.of("company", "phone", "name", "phone"), null, null)).requiredFields(),
                "in the form's order, once each");
        assertEquals("requiredFields", fieldOf(() -> FormValues.DEFAULTS.apply(change(null, List.of("name", "company"), null, null))));
        assertEquals("requiredFields[1]", fieldOf(() -> FormValues.DEFAULTS.apply(change(null, List.of("email", "fax"), null, null))));
    }

    @Test
    void languagesAreTheSevenOfThePageAndNotNone() {
        assertEquals(List.of("hi", "en"), FormValues.DEFAULTS.apply(change(null, null, List.of("HI", "en"), null)).languages());
        assertEquals("languages[0]", fieldOf(() -> FormValues.DEFAULTS.apply(change(null, null, List.of("pt"), null))));
        assertEquals("languages", fieldOf(() -> FormValues.DEFAULTS.apply(change(null, null, List.of(), null))));
    }

    @Test
    void recipientsAreEmailAddresses() {
        assertEquals(List.of("sales@acme.example"),
                FormValues.DEFAULTS.apply(change(null, null, null, List.of("Sales@Acme.example", "sales@acme.example"))).recipients());
        assertEquals("recipients[1]", fieldOf(() -> FormValues.DEFAULTS.apply(change(null, null, null, List.of("a@b.example", "nope")))));
    }

    @Test
    void aRecipientWithoutAtMustBeAUserOfTheWorkspace() {
        Set<String> users = Set.of("u-1", "u-2");
        FormValues v = FormValues.DEFAULTS.apply(change(null, null, null, List.of(" u-1 ", "Sales@Acme.example", "u-1", "u-2")), users::contains);
        assertEquals(List.of("u-1", "sales@acme.example", "u-2"), v.recipients(), "ids kept as given (trimmed), once; addresses lower-cased");

        ProblemException other = assertThrows(ProblemException.class,
                () -> FormValues.DEFAULTS.apply(change(null, null, null, List.of("a@b.example", "u-of-another-workspace")), users::contains));
        assertEquals(400, other.status());
        assertEquals("recipients[1]", other.field());
        ProblemException unknown = assertThrows(ProblemException.class,
                () -> FormValues.DEFAULTS.apply(change(null, null, null, List.of("a@b.example", "no-such-id")), users::contains));
        assertEquals(other.getMessage().replace("u-of-another-workspace", "x"), unknown.getMessage().replace("no-such-id", "x"),
                "the same answer whether the id exists elsewhere or nowhere");
        assertFalse(other.getMessage().contains("u-of-another-workspace"), "the detail does not echo the id");

        assertEquals("recipients[0]", fieldOf(() -> FormValues.DEFAULTS.apply(change(null, null, null, List.of("u-1")))),
                "without a way to look users up, an id is refused");
        assertEquals("recipients[0]", fieldOf(() -> FormValues.DEFAULTS.apply(change(null, null, null, List.of("  ")), users::contains)));
        assertEquals("recipients[0]", fieldOf(() -> FormValues.DEFAULTS.apply(change(null, null, null, List.of("x".repeat(65))), id -> true)));
        assertEquals("recipients[0]", fieldOf(() -> FormValues.DEFAULTS.apply(change(null, null, null, List.of("u-1@")), users::contains)),
                "an entry with @ is an address, and must be a valid one");
    }

    @Test
    void theLanguageShownIsTheAskedOneItSpeaksElseTheBrowsersElseItsFirst() {
        FormValues v = FormValues.DEFAULTS.apply(change(null, null, List.of("de", "fr", "hi"), null));
        assertEquals(Locale.FRENCH, v.language("fr", "hi"));
        assertEquals(Locale.forLanguageTag("hi"), v.language("es", "es-ES,hi;q=0.8"), "Spanish is not spoken by this form");
        assertEquals(Locale.GERMAN, v.language(null, "ru"));
        assertEquals(Locale.GERMAN, v.language(null, "not a header;;;q=x"));
        assertEquals(Locale.FRENCH, v.language("fr-CA", null));
    }
}
