package org.offerbridge.ui.shell.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;

import org.offerbridge.ui.api.Texts;

import com.vaadin.server.Page;

/** The shell's texts (messages*.properties in this package) and formats for the user's locale. */
public final class ShellTexts {
    /** Languages with a messages file; other locales get English texts. */
    static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es", "ru", "uk", "hi");

    private ShellTexts() {
    }

    public static Texts of(Locale locale) {
        return Texts.of(ShellTexts.class, locale);
    }

    /** Date and time in the browser's time zone (the server's when unknown). */
    public static String dateTime(Instant at, Locale locale) {
        if (at == null) {
            return "";
        }
        ZoneId zone = ZoneId.systemDefault();
        Page page = Page.getCurrent();
        if (page != null && page.getWebBrowser().getTimeZoneId() != null) {
            try {
                zone = ZoneId.of(page.getWebBrowser().getTimeZoneId());
            } catch (RuntimeException e) {
                // unknown zone id from the browser: keep the server's
            }
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(zone).format(at);
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
