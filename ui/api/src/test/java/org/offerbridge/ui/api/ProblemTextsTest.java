package org.offerbridge.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ProblemException;

class ProblemTextsTest {

    private static ProblemException refused(Runnable rule) {
        try {
            rule.run();
        } catch (ProblemException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void translatesTheKeyNamingTheFieldAsTheFormDoes() {
        ProblemException tooLong = refused(() -> FieldRules.requiredText("name", "x".repeat(300), 200));
        assertEquals("Name must be at most 200 characters.", ProblemTexts.of(tooLong, Locale.ENGLISH, "Name"));
        assertEquals("Name darf höchstens 200 Zeichen lang sein.", ProblemTexts.of(tooLong, Locale.GERMAN, "Name"));
        assertEquals("name must be at most 200 characters.", ProblemTexts.of(tooLong, Locale.ENGLISH), "no caption: the service's name");
        ProblemException range = refused(() -> FieldRules.percent("discountPercent", new java.math.BigDecimal("120")));
        assertEquals("Rabatt muss zwischen 0 und 100 liegen.", ProblemTexts.of(range, Locale.GERMAN, "Rabatt"));
    }

    @Test
    void everyRuleOfThePlatformHasAText() {
        for (ProblemException e : new ProblemException[] {
            refused(() -> FieldRules.required("sku", null)),
            refused(() -> FieldRules.text("name", "a\u0000b", 10)),
            refused(() -> FieldRules.email("email", "nope")),
            refused(() -> FieldRules.phone("phone", "12")),
            refused(() -> FieldRules.languageTag("language", "not a tag")),
            refused(() -> FieldRules.currency("currency", "EURO")),
            refused(() -> FieldRules.parseDecimal("price", "abc")),
            refused(() -> FieldRules.amount("price", new java.math.BigDecimal("1.23456"))),
            refused(() -> FieldRules.webUrl("website", "ftp://x")),
            refused(() -> FieldRules.oneOf("status", "x", java.util.List.of("a", "b"))),
            refused(() -> FieldRules.body(null)),
            refused(() -> new TenantPrincipal("t1", "u1", null, Role.VIEWER, "starter").requireRole(Role.ADMIN)),
        }) {
            assertTrue(ProblemTexts.translatable(e), e.messageKey());
            assertFalse(ProblemTexts.of(e, Locale.GERMAN, "Feld").startsWith("!"), e.messageKey());
        }
    }

    @Test
    void withoutAKeyItIsTheServicesDetail() {
        ProblemException plain = ProblemException.invalid("price", "price must not be negative");
        assertFalse(ProblemTexts.translatable(plain));
        assertEquals("price must not be negative", ProblemTexts.of(plain, Locale.GERMAN, "Preis"));
        ProblemException unknown = ProblemException.conflict("Only a draft can be changed").withMessage("quote.frozen");
        assertEquals("Only a draft can be changed", ProblemTexts.of(unknown, Locale.GERMAN));
        ProblemException wrongArgs = ProblemException.invalid("name", "name is too long").withMessage("field.tooLong", "name", "many");
        assertEquals("name is too long", ProblemTexts.of(wrongArgs, Locale.ENGLISH), "arguments that do not fit: the detail");
    }

    @Test
    void germanHasEveryEnglishKey() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_de.properties"));
    }

    private static TreeSet<String> keys(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(ProblemTextsTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
