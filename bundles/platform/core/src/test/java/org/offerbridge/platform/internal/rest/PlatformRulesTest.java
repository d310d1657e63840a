package org.offerbridge.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offerbridge.platform.testing.Refusals.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ProblemException;

class PlatformRulesTest {

    // --- email -------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "ana@example.com, ana@example.com",
            "Ana.Silva@Example.COM, ana.silva@example.com",
            "'  ops+quotes@sub.example.co.in  ', ops+quotes@sub.example.co.in",
    })
    void validEmailsAreTrimmedAndLowerCased(String input, String expected) {
        assertEquals(expected, FieldRules.email("email", input));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "plainaddress",
            "@example.com",
            "ana@",
            "ana@example",
            "ana@example.c",
            "ana@@example.com",
            "ana@exa@mple.com",
            "ana silva@example.com",
            "ana@exam ple.com",
    })
    void malformedEmailsAreRejectedNamingTheField(String input) {
        assertInvalid("inviteEmail", () -> FieldRules.email("inviteEmail", input));
    }

    @Test
    void localPartLongerThan64IsRejected() {
        assertEquals("a".repeat(64) + "@example.com", FieldRules.email("email", "a".repeat(64) + "@example.com"));
        assertInvalid("email", () -> FieldRules.email("email", "a".repeat(65) + "@example.com"));
    }

    @Test
    void emailLongerThan254IsRejected() {
        String domain = "d".repeat(240) + ".com"; // 244
        assertEquals(254, ("a".repeat(9) + "@" + domain).length());
        assertEquals("a".repeat(9) + "@" + domain, FieldRules.email("email", "a".repeat(9) + "@" + domain));
        assertInvalid("email", () -> FieldRules.email("email", "a".repeat(10) + "@" + domain));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missingEmailIsRequired(String input) {
        ProblemException e = assertInvalid("email", () -> FieldRules.email("email", input));
        assertEquals("email is required", e.getMessage());
    }

    // --- password ----------------------------------------------------------------------------------

    @Test
    void passwordLengthBoundsAreInclusive() {
        assertArrayEquals("ab".repeat(6).toCharArray(), PlatformRules.password("password", "ab".repeat(6)));
        assertArrayEquals("ab".repeat(128).toCharArray(), PlatformRules.password("password", "ab".repeat(128)));
        assertInvalid("password", () -> PlatformRules.password("password", "ab".repeat(5) + "a"));
        assertInvalid("password", () -> PlatformRules.password("password", "ab".repeat(128) + "a"));
    }

    @Test
    void passwordIsNotTrimmed() {
        // Spaces are legitimate password characters; trimming would silently change the secret.
        assertArrayEquals("  twelve chars  ".toCharArray(), PlatformRules.password("password", "  twelve chars  "));
        assertInvalid("password", () -> PlatformRules.password("password", " short pa  ")); // 11 incl. spaces
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingPasswordIsRequired(String input) {
        ProblemException e = assertInvalid("newPassword", () -> PlatformRules.password("newPassword", input));
        assertEquals("newPassword is required", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"            ", "\t\t\t\t\n\n\n\n    ", "\u00a0\u2003\u3000         ", "aaaaaaaaaaaa",
            "777777777777777", "password1234", "PASSWORD1234", "Password1234", "1Q2W3E4R5T6Y", " password1234 "})
    void whitespaceRepeatedAndCommonPasswordsAreRefused(String input) {
        ProblemException e = assertInvalid("password", () -> PlatformRules.password("password", input));
        assertEquals("field.commonPassword", e.messageKey());
    }

    @Test
    void theShippedListIsLoadedAndOrdinaryPassphrasesPass() {
        // the zxcvbn-ts dictionary has about 300 entries of twelve characters or more
        assertTrue(CommonPasswords.size() > 250, "list size " + CommonPasswords.size());
        assertTrue(CommonPasswords.contains("1q2w3e4r5t6y"));
        assertArrayEquals("correct horse battery".toCharArray(), PlatformRules.password("password", "correct horse battery"));
        assertArrayEquals("password1234x".toCharArray(), PlatformRules.password("password", "password1234x"));
    }

    // --- locale ------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "en-in, en-IN",
            "EN-IN, en-IN",
            "fr-FR, fr-FR",
            "' de ', de",
            "zh-hant-tw, zh-Hant-TW",
    })
    void localesAreNormalisedToCanonicalLanguageTags(String input, String expected) {
        assertEquals(expected, PlatformRules.locale("locale", input));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void absentLocaleIsNull(String input) {
        assertNull(PlatformRules.locale("locale", input));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "en_IN", // Java locale syntax, not a language tag
            "e",
            "en-",
            "en--IN",
            "12-34",
            "en IN",
            "x-private",
            "en-IN-with-a-very-long-tail", // longer than 20 characters
    })
    void invalidLocalesAreRejectedNamingTheField(String input) {
        assertInvalid("defaultLocale", () -> PlatformRules.locale("defaultLocale", input));
    }

    @Test
    void unknownRolesNameTheFieldAndTheRolesThereAre() {
        assertEquals(org.offerbridge.platform.api.Role.SALES, PlatformRules.role("role", " Sales "));
        ProblemException e = assertInvalid("role", () -> PlatformRules.role("role", "emperor"));
        assertEquals("field.oneOf", e.messageKey());
    }

    // --- currency ----------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"inr, INR", "INR, INR", "eUr, EUR", "' usd ', USD"})
    void currenciesAreUpperCased(String input, String expected) {
        assertEquals(expected, FieldRules.currency("currency", input));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void absentCurrencyIsNull(String input) {
        assertNull(FieldRules.currency("currency", input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC", "zzz", "IN", "1NR", "EURO", "rupees"})
    void unknownOrMalformedCurrenciesAreRejectedNamingTheField(String input) {
        assertInvalid("defaultCurrency", () -> FieldRules.currency("defaultCurrency", input));
    }
}
