package org.offerbridge.platform.api.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.offerbridge.platform.api.rest.ProblemException;

class FieldRulesTest {

    private static ProblemException refused(String field, String key, Executable rule) {
        ProblemException e = assertThrows(ProblemException.class, rule);
        assertEquals(400, e.status());
        assertEquals(field, e.field());
        assertEquals(key, e.messageKey());
        assertEquals(field, e.messageArgs().get(0));
        return e;
    }

    @Test
    void textIsTrimmedBlankIsNullControlCharactersAndLengthAreRefused() {
        assertEquals("a b", FieldRules.text("f", "  a b \n", 10));
        assertNull(FieldRules.text("f", "   ", 10));
        assertNull(FieldRules.text("f", null, 10));
        refused("f", "field.controlChars", () -> FieldRules.text("f", "a\u0000b", 10));
        refused("f", "field.controlChars", () -> FieldRules.text("f", "a\nb", 10));
        ProblemException tooLong = refused("f", "field.tooLong", () -> FieldRules.text("f", "abcdef", 5));
        assertEquals(5, tooLong.messageArgs().get(1));
        refused("f", "field.required", () -> FieldRules.requiredText("f", " ", 5));
    }

    @Test
    void namesCollapseWhiteSpaceAndMultiLineKeepsLineBreaks() {
        assertEquals("Sharma Traders", FieldRules.name("name", " Sharma \t  Traders ", 50));
        assertEquals("line 1\nline 2", FieldRules.multiLine("note", "line 1\r\nline 2", 50));
        refused("note", "field.controlChars", () -> FieldRules.multiLine("note", "a\u0007", 50));
    }

    @Test
    void emailIsLowerCasedAndNeedsADomainWithATopLevelPartOfTwoLetters() {
        assertEquals("buy@acme.example", FieldRules.email("customer.email", " Buy@ACME.example "));
        refused("customer.email", "field.email", () -> FieldRules.email("customer.email", "buy@acme.x"));
        refused("customer.email", "field.email", () -> FieldRules.email("customer.email", "no at sign"));
        refused("customer.email", "field.required", () -> FieldRules.email("customer.email", ""));
        assertNull(FieldRules.optionalEmail("e", " "));
    }

    @Test
    void phoneNeedsFiveToFifteenDigits() {
        assertEquals("+91 98765 43210", FieldRules.phone("phones[0]", " +91  98765 43210 "));
        refused("phones[0]", "field.phone", () -> FieldRules.phone("phones[0]", "1234"));
        refused("phones[0]", "field.phone", () -> FieldRules.phone("phones[0]", "call me maybe"));
        refused("phones[0]", "field.phone", () -> FieldRules.phone("phones[0]", "1234567890123456"));
        assertNull(FieldRules.optionalPhone("phone", "  "));
        refused("phone", "field.phone", () -> FieldRules.optionalPhone("phone", "12"));
    }

    @Test
    void languageTagsAreCanonicalAndStrict() {
        assertEquals("en-IN", FieldRules.languageTag("language", "en-in"));
        assertEquals("hi-Latn", FieldRules.languageTag("language", "hi-latn"));
        assertEquals("fr", FieldRules.languageTag("language", "FR"));
        assertNull(FieldRules.languageTag("language", ""));
        refused("language", "field.language", () -> FieldRules.languageTag("language", "en_IN"));
        refused("language", "field.language", () -> FieldRules.languageTag("language", "english please"));
        refused("language", "field.language", () -> FieldRules.languageTag("language", "x".repeat(40)));
        assertEquals("sr-Latn-RS", FieldRules.languageTag("language", "sr-latn-rs"));
        for (String bad : List.of("english", "f", "de-", "en-IN<script>")) {
            refused("language", "field.language", () -> FieldRules.languageTag("language", bad));
        }
    }

    @Test
    void datesAreIso() {
        assertEquals(java.time.LocalDate.of(2026, 12, 31), FieldRules.date("validUntil", " 2026-12-31 "));
        assertNull(FieldRules.date("validUntil", ""));
        refused("validUntil", "field.date", () -> FieldRules.date("validUntil", "31.12.2026"));
    }

    @Test
    void currencyIsAnIsoCode() {
        assertEquals("INR", FieldRules.currency("currency", "inr"));
        refused("currency", "field.currency", () -> FieldRules.currency("currency", "RUPEES"));
        refused("currency", "field.currency", () -> FieldRules.currency("currency", "XYZ"));
    }

    @Test
    void amountsAndPercentagesAreBoundedAndExponentsCannotOverflow() {
        assertEquals(new BigDecimal("4.5"), FieldRules.amount("price", new BigDecimal("4.500")));
        assertEquals(new BigDecimal("1200"), FieldRules.amount("stock", new BigDecimal("1.2E+3")));
        ProblemException negative = refused("price", "field.negative", () -> FieldRules.amount("price", new BigDecimal("-1")));
        assertEquals("price must not be negative", negative.getMessage());
        refused("price", "field.range", () -> FieldRules.amount("price", new BigDecimal("1000000000000")));
        refused("price", "field.decimals", () -> FieldRules.amount("price", new BigDecimal("1.23456")));
        refused("discount", "field.range", () -> FieldRules.percent("discount", new BigDecimal("100.01")));
        assertEquals(new BigDecimal("100"), FieldRules.percent("discount", new BigDecimal("100.00")));
        refused("discount", "field.number", () -> FieldRules.percent("discount", new BigDecimal("1e-999999999")));
        refused("discount", "field.number", () -> FieldRules.parseDecimal("discount", "1e-999999999"));
        refused("qty", "field.number", () -> FieldRules.parseDecimal("qty", "twelve"));
        assertEquals(new BigDecimal("7"), FieldRules.parseDecimal("qty", " 7 "));
    }

    @Test
    void webUrlsAreHttpOrHttpsWithAHost() {
        assertEquals("https://acme.example/about", FieldRules.webUrl("website", " https://acme.example/about "));
        refused("website", "field.url", () -> FieldRules.webUrl("website", "javascript:alert(1)"));
        refused("website", "field.url", () -> FieldRules.webUrl("website", "https://user:pw@acme.example/"));
        refused("website", "field.url", () -> FieldRules.webUrl("website", "acme.example"));
    }

    @Test
    void choicesAndCounts() {
        assertEquals("email", FieldRules.oneOf("channel", "email", List.of("email", "link")));
        refused("channel", "field.oneOf", () -> FieldRules.oneOf("channel", "fax", List.of("email", "link")));
        refused("emails", "field.tooMany", () -> FieldRules.atMost("emails", List.of(1, 2, 3), 2));
    }
}
