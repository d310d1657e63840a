package org.offerbridge.ui.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.offerbridge.platform.api.rest.ProblemException;

/**
 * A service's problem in the staff member's language: the text for its {@link ProblemException#messageKey()} from
 * this package's shared {@code messages*.properties} ({@code field.required}, {@code field.tooLong}, ...,
 * {@code access.role}), with the field's name (argument 0 of {@code field.*} keys) replaced by the caption the form
 * shows for it; the service's English detail when the problem has no key this UI knows.
 *
 * @since 1.4
 */
public final class ProblemTexts {
    private static final String FIELD_KEYS = "field.";

    private ProblemTexts() {
    }

    /** True when the problem carries a key the shared messages translate. */
    public static boolean translatable(ProblemException e) {
        return e.messageKey() != null && Texts.of(ProblemTexts.class, Locale.ENGLISH).has(e.messageKey());
    }

    /** The problem's text, naming the field as the service does. */
    public static String of(ProblemException e, Locale locale) {
        return of(e, locale, null);
    }

    /** The problem's text, naming the field by {@code fieldCaption} when it is not null. */
    public static String of(ProblemException e, Locale locale, String fieldCaption) {
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (!translatable(e)) {
            return detail;
        }
        List<Object> args = new ArrayList<>(e.messageArgs());
        if (e.messageKey().startsWith(FIELD_KEYS) && !args.isEmpty() && fieldCaption != null && !fieldCaption.isBlank()) {
            args.set(0, fieldCaption);
        }
        try {
            return Texts.of(ProblemTexts.class, locale).get(e.messageKey(), args.toArray());
        } catch (IllegalArgumentException wrongArguments) {
            // arguments that do not fit the pattern (a service's change): its English detail still says it
            return detail;
        }
    }
}
