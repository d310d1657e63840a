package org.offerbridge.quotation.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offerbridge.platform.testing.TranslationCheck;

class MailTextsTest {
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private static ResourceBundle bundle(Locale l) {
        return ResourceBundle.getBundle("l10n.quote-mail", l, MailTexts.class.getClassLoader(), NO_FALLBACK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es", "ru", "uk", "hi"})
    void eachOfOurCustomersLanguagesHasAFileOfItsOwn(String tag) {
        assertEquals(tag, bundle(Locale.forLanguageTag(tag)).getLocale().getLanguage());
    }

    /** Every quote-mail_*.properties next to the base file passes the one translation check, for each of our languages. */
    @Test
    void everyTranslationFileHasTheEnglishKeysAndArguments() {
        TranslationCheck.of(MailTexts.class, "/l10n/quote-mail").assertValid(TranslationCheck.LANGUAGES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-FR", "es-ES", "ru-RU", "uk-UA", "hi-IN"})
    void theFilledInTextsKeepTheirValues(String tag) {
        MailTexts t = new MailTexts(Locale.forLanguageTag(tag));
        String intro = t.get("intro.revision", "Acme", "Q-7", 2);
        for (String value : List.of("Acme", "Q-7", "2")) {
            assertTrue(intro.contains(value), intro);
        }
        assertTrue(t.get("closing", "Acme").endsWith("Acme"));
        assertTrue(t.money(new BigDecimal("1234.5"), "EUR").replaceAll("\\D", "").startsWith("123450"), t.money(new BigDecimal("1234.5"), "EUR"));
        assertTrue(t.date(LocalDate.of(2026, 3, 14)).contains("2026"));
    }
}
