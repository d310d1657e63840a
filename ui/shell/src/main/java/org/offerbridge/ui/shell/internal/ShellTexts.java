package org.offerbridge.ui.shell.internal;

import java.util.Locale;
import java.util.Set;

import org.offerbridge.ui.api.Texts;

/** The shell's texts (messages*.properties in this package) in the user's locale. */
public final class ShellTexts {
    /** Languages with a messages file; other locales get English texts. */
    static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es", "ru", "uk", "hi");

    private ShellTexts() {
    }

    public static Texts of(Locale locale) {
        return Texts.of(ShellTexts.class, locale);
    }

    /** The first supported locale of the candidates, else English. */
    static Locale pick(Locale... candidates) {
        for (Locale l : candidates) {
            if (l != null && LANGUAGES.contains(l.getLanguage())) {
                return l;
            }
        }
        return Locale.ENGLISH;
    }
}
