package org.offerbridge.ui.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A bundle's translated texts: {@code messages.properties} (English) and {@code messages_de.properties} etc.
 * next to the anchor class's package, read as UTF-8. Unknown keys show as {@code !key!} rather than failing,
 * so a missing translation is visible but harmless. Every text is a {@link MessageFormat} pattern: write a
 * single quote as {@code ''}. The JVM's default locale never leaks in: a locale without
 * its own file gets the base (English) texts.
 *
 * <pre>
 * Texts t = Texts.of(MyView.class, locale);           // org/example/internal/messages*.properties
 * t.get("greeting", user.name());                      // greeting=Hello {0}
 * </pre>
 */
public final class Texts {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Texts from {@code baseName} (a resource path like {@code org/example/internal/messages}) in the anchor's bundle. */
    public static Texts of(Class<?> anchor, String baseName, Locale locale) {
        Objects.requireNonNull(anchor, "anchor");
        Locale l = locale == null ? Locale.ENGLISH : locale;
        return new Texts(ResourceBundle.getBundle(baseName, l, anchor.getClassLoader(), NO_FALLBACK), l);
    }

    /** Texts from {@code messages*.properties} in the anchor class's package. */
    public static Texts of(Class<?> anchor, Locale locale) {
        return of(anchor, anchor.getPackageName().replace('.', '/') + "/messages", locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, with {@code {0}}-style arguments formatted in this locale. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** True when the texts define {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
