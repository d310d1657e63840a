package org.offerbridge.channels.quotes.internal;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

import org.offerbridge.quotation.api.MoneyText;
import org.offerbridge.quotation.api.QuoteMessage;

/**
 * The short chat text that carries a sent quote, in the quote's language (l10n/quote-chat*.properties), English where
 * we have no translation: a greeting, the sender's personal note if any, the quote's number, total and validity, and
 * the customer's link.
 */
final class QuoteTexts {
    private static final String BUNDLE = "l10n.quote-chat";

    private QuoteTexts() {
    }

    static String text(QuoteMessage m) {
        Locale locale = m.locale() == null ? Locale.ENGLISH : m.locale();
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, QuoteTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        StringBuilder b = new StringBuilder();
        String name = m.recipientName() == null ? "" : m.recipientName().strip();
        b.append(name.isEmpty() ? texts.getString("greeting.anonymous") : format(texts, locale, "greeting", name)).append("\n\n");
        if (m.note() != null && !m.note().isBlank()) {
            b.append(m.note().strip()).append("\n\n");
        }
        b.append(format(texts, locale, "quote", m.sellerName() == null ? "" : m.sellerName(), m.quoteNumber(),
                money(locale, m.total(), m.currency()), date(locale, m.validUntil()))).append('\n');
        b.append(format(texts, locale, "link", m.publicUrl()));
        return b.toString();
    }

    private static String format(ResourceBundle texts, Locale locale, String key, Object... args) {
        return new MessageFormat(texts.getString(key), locale).format(args);
    }

    static String money(Locale locale, BigDecimal amount, String currency) {
        return MoneyText.format(locale, amount, currency);
    }

    static String date(Locale locale, LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }
}
