package org.offerbridge.channels.email.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The email kind's texts for staff (l10n/email-channel*.properties), in the workspace's language, English where we have none. */
final class EmailTexts {
    private static final String BUNDLE = "l10n.email-channel";
    private static final List<Locale> SPOKEN = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"),
            Locale.forLanguageTag("ru"), Locale.forLanguageTag("uk"), Locale.forLanguageTag("hi"));

    private EmailTexts() {
    }

    static String get(Locale locale, String key) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, l, EmailTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(texts.getString(key), l).format(new Object[0]);
    }

    /** Whether {@code text} is the text of {@code key} in any language we speak (a reason stored in the workspace's language). */
    static boolean isAny(String key, String text) {
        return text != null && SPOKEN.stream().anyMatch(l -> get(l, key).equals(text));
    }
}
