package org.offerbridge.channels.quotes.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offerbridge.platform.testing.TranslationCheck;
import org.offerbridge.quotation.api.QuoteMessage;

class QuoteTextsTest {

    static QuoteMessage message(Locale locale, String name, String note) {
        return new QuoteMessage("t1", "0f8fad5b-d9cb-469f-a165-70867728950e", "q1", "Q-2026-00007", 1, "Sharma Traders", name,
                "conv1", locale, LocalDate.of(2027, 1, 6), new BigDecimal("63.90"), "INR", "https://ob.example/api/v1/q/abc", note,
                null, null);
    }

    @Test
    void everyTranslationFileHasTheEnglishKeysAndArguments() {
        TranslationCheck.of(QuoteTexts.class, "/l10n/quote-chat").assertValid(TranslationCheck.LANGUAGES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es", "ru", "uk", "hi"})
    void eachOfOurCustomersLanguagesHasAFileOfItsOwn(String tag) {
        assertEquals(tag, ResourceBundle.getBundle("l10n.quote-chat", Locale.forLanguageTag(tag), QuoteTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getLocale().getLanguage());
    }

    @Test
    void theTextGreetsCarriesTheNoteTheQuoteAndTheLink() {
        String t = QuoteTexts.text(message(Locale.ENGLISH, "Asha", "As discussed on the phone."));
        assertEquals("Hello Asha,\n\nAs discussed on the phone.\n\nSharma Traders has sent you the quote Q-2026-00007: "
                + QuoteTexts.money(Locale.ENGLISH, new BigDecimal("63.90"), "INR") + ", valid until January 6, 2027.\n"
                + "View, accept or decline it here: https://ob.example/api/v1/q/abc", t);
    }

    @Test
    void itSpeaksTheQuotesLanguage() {
        String t = QuoteTexts.text(message(Locale.forLanguageTag("de"), null, null));
        assertTrue(t.startsWith("Guten Tag,\n\nSharma Traders hat Ihnen das Angebot Q-2026-00007 gesendet"), t);
        assertTrue(t.endsWith("https://ob.example/api/v1/q/abc"), t);
        assertTrue(QuoteTexts.text(message(Locale.forLanguageTag("uk-UA"), "Олена", null)).startsWith("Вітаємо, Олена!"));
    }

    @Test
    void theTemplateParametersAreNameNumberAndLinkInThatOrder() {
        assertEquals(java.util.List.of("Asha", "Q-2026-00007", "https://ob.example/api/v1/q/abc"),
                QuoteThroughConversation.templateParameters(message(Locale.ENGLISH, " Asha ", null)));
        assertEquals("-", QuoteThroughConversation.templateParameters(message(Locale.ENGLISH, null, null)).get(0),
                "Meta refuses an empty parameter");
    }
}
