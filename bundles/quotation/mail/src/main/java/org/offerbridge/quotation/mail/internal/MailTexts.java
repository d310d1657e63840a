package org.offerbridge.quotation.mail.internal;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

import org.offerbridge.quotation.api.MoneyText;

/** The email's wording in the recipient's language (l10n/quote-mail*.properties), English where we have no translation. */
final class MailTexts {
    private static final String BUNDLE = "l10n.quote-mail";

    private final ResourceBundle texts;
    private final Locale locale;

    MailTexts(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.texts = ResourceBundle.getBundle(BUNDLE, this.locale, MailTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    String money(BigDecimal amount, String currency) {
        return MoneyText.format(locale, amount, currency);
    }

    String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }
}
