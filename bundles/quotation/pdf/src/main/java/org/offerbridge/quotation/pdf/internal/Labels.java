package org.offerbridge.quotation.pdf.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The printed labels in the document's language; English when there is no translation (never the JVM's locale). */
final class Labels {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.offerbridge.quotation.pdf.internal.labels", locale,
                Labels.class.getClassLoader(), NO_FALLBACK);
    }

    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }
}
