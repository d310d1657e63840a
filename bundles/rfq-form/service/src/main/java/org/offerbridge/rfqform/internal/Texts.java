package org.offerbridge.rfqform.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The form's texts in one language (l10n/rfq-form*.properties), every one through MessageFormat. */
public final class Texts {
    private static final String BUNDLE = "l10n.rfq-form";
    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Texts of(Locale locale) {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        try {
            return new Texts(ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(), exact), locale);
        } catch (MissingResourceException e) {
            return new Texts(ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Texts.class.getClassLoader(), exact), Locale.ENGLISH);
        }
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = String.valueOf(args[i]); // numbers as given, not grouped by MessageFormat
        }
        return new MessageFormat(bundle.getString(key), locale).format(shown);
    }
}
