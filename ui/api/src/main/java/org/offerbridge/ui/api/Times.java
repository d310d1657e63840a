package org.offerbridge.ui.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as one staff member reads them: in their language's format and in their time zone
 * ({@link UiSession#zone()}: their preference, else the zone their browser reports, else UTC — see {@link #zone}).
 *
 * <pre>
 * Times times = Times.of(session);
 * grid.addColumn(r -&gt; times.dateTime(r.createdAt()));
 * </pre>
 *
 * @since 1.4
 */
public final class Times {
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    public Times(Locale locale, ZoneId zone) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.zone = zone == null ? ZoneOffset.UTC : zone;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(this.locale).withZone(this.zone);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale);
    }

    /** The session's locale and zone. */
    public static Times of(UiSession session) {
        return new Times(session.locale(), session.zone());
    }

    /**
     * The one rule for a staff member's zone: the zone they chose, else the one their browser reports, else UTC
     * (never the server's). An id that is no zone is skipped.
     */
    public static ZoneId zone(String preferred, String browser) {
        for (String id : new String[] {preferred, browser}) {
            if (id != null && !id.isBlank()) {
                try {
                    return ZoneId.of(id.strip());
                } catch (DateTimeException e) {
                    // not a zone: try the next
                }
            }
        }
        return ZoneOffset.UTC;
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    /** "7 Dec 2026, 14:05"; "" for null. */
    public String dateTime(Instant at) {
        return at == null ? "" : dateTime.format(at);
    }

    /** "7 Dec 2026"; "" for null. */
    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }
}
