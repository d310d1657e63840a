package org.offerbridge.quotation.internal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ProblemException;

/**
 * A quote number pattern such as {@code Q-{yyyy}-{seq:5}}: literal letters, digits and {@code - _ / .}, the date
 * parts {@code {yyyy}}, {@code {yy}}, {@code {mm}}, and exactly one {@code {seq}} or {@code {seq:N}} (N from 1 to 9).
 * The text around the sequence is its scope: when it changes (a new year), the sequence starts again at 1.
 */
public final class NumberPattern {
    public static final int MAX_LENGTH = 40;
    private static final Pattern TOKEN = Pattern.compile("\\{([a-z]+)(?::(\\d))?}");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9\\-_/.]*");
    private final String pattern;

    private NumberPattern(String pattern) {
        this.pattern = pattern;
    }

    /** Validates a pattern; a 400 names {@code field}. */
    public static NumberPattern parse(String pattern, String field) {
        FieldRules.requiredText(field, pattern, MAX_LENGTH);
        Matcher m = TOKEN.matcher(pattern);
        int seqs = 0;
        int last = 0;
        while (m.find()) {
            literal(pattern.substring(last, m.start()), field);
            last = m.end();
            switch (m.group(1)) {
                case "seq" -> {
                    seqs++;
                    if (m.group(2) != null && m.group(2).equals("0")) {
                        throw ProblemException.invalid(field, "{seq:N} needs N from 1 to 9");
                    }
                }
                case "yyyy", "yy", "mm" -> {
                    if (m.group(2) != null) {
                        throw ProblemException.invalid(field, "{" + m.group(1) + "} takes no width");
                    }
                }
                default -> throw ProblemException.invalid(field, "Unknown placeholder {" + m.group(1) + "}; use {yyyy}, {yy}, {mm}, {seq} or {seq:N}");
            }
        }
        literal(pattern.substring(last), field);
        if (seqs != 1) {
            throw ProblemException.invalid(field, field + " must contain {seq} (or {seq:N}) exactly once");
        }
        return new NumberPattern(pattern);
    }

    private static void literal(String text, String field) {
        if (!LITERAL.matcher(text).matches()) {
            throw ProblemException.invalid(field, field + " may contain only letters, digits, - _ / . and placeholders");
        }
    }

    /** The counter scope for a date: the pattern with its date parts filled in and the sequence left as it is. */
    public String scope(LocalDate date) {
        return dates(date);
    }

    public String format(LocalDate date, long sequence) {
        Matcher m = TOKEN.matcher(dates(date));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int width = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            m.appendReplacement(out, String.format("%0" + width + "d", sequence));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String dates(LocalDate date) {
        return pattern.replace("{yyyy}", String.format("%04d", date.getYear()))
                .replace("{yy}", String.format("%02d", date.getYear() % 100))
                .replace("{mm}", String.format("%02d", date.getMonthValue()));
    }

    @Override
    public String toString() {
        return pattern;
    }
}
