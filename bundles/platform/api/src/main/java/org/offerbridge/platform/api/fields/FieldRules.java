package org.offerbridge.platform.api.fields;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.offerbridge.platform.api.rest.ProblemException;

/**
 * The rules every capability applies to request fields. Each method returns the value in its canonical form (trimmed,
 * lower-case email, canonical language tag, ...) or throws a 400 {@link ProblemException} naming {@code field}, with a
 * message key ({@code field.*}) and arguments for translated display. Optional values come back as null when blank.
 */
public final class FieldRules {
    /** Deliberately simple: one @, a dot in the domain, no spaces. Deliverability is proven by sending. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE_CHARS = Pattern.compile("\\+?[0-9 ().\\-/]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PHONE = 40;
    public static final int MIN_PHONE_DIGITS = 5;
    public static final int MAX_PHONE_DIGITS = 15;
    public static final int MAX_LANGUAGE_TAG = 35;
    public static final int MAX_URL = 2000;
    /** Money and quantities stay below a trillion with at most four decimals. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    public static final int MAX_DECIMALS = 4;
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    /** Longer than any number a person or spreadsheet writes; refused before parsing. */
    private static final int MAX_NUMBER_TEXT = 40;

    private FieldRules() {
    }

    /** A 400 naming {@code field}, with a message key and arguments for translated display. */
    public static ProblemException invalid(String field, String detail, String key, Object... args) {
        return ProblemException.invalid(field, detail).withMessage(key, args);
    }

    /** The request body itself, which must be present. */
    public static <T> T body(T body) {
        if (body == null) {
            throw invalid("body", "A JSON body is required", "body.required");
        }
        return body;
    }

    /** Optional single-line text: trimmed, no control characters, at most {@code max} characters; blank is null. */
    public static String text(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
            throw invalid(field, field + " must not contain control characters", "field.controlChars", field);
        }
        return maxLength(field, v, max);
    }

    /** Required single-line text, as {@link #text}. */
    public static String requiredText(String field, String value, int max) {
        return required(field, text(field, value, max));
    }

    /** Optional single-line text whose runs of white space become one space (names, titles). */
    public static String name(String field, String value, int max) {
        return value == null ? null : text(field, SPACES.matcher(value).replaceAll(" "), max);
    }

    /** Required name, as {@link #name}. */
    public static String requiredName(String field, String value, int max) {
        return required(field, name(field, value, max));
    }

    /** Optional text of several lines (notes, messages): line breaks and tabs allowed, other control characters not. */
    public static String multiLine(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String v = value.strip().replace("\r\n", "\n");
        if (v.isEmpty()) {
            return null;
        }
        if (v.chars().anyMatch(ch -> (ch < 0x20 && ch != '\n' && ch != '\t') || ch == 0x7f)) {
            throw invalid(field, field + " must not contain control characters other than line breaks",
                    "field.controlChars", field);
        }
        return maxLength(field, v, max);
    }

    /** A required email address, lower-cased. */
    public static String email(String field, String value) {
        String v = required(field, text(field, value, Integer.MAX_VALUE));
        if (v.length() > MAX_EMAIL || !EMAIL.matcher(v).matches()) {
            throw invalid(field, field + " is not an email address", "field.email", field);
        }
        return v.toLowerCase(Locale.ROOT);
    }

    /** An optional email address; blank is null. */
    public static String optionalEmail(String field, String value) {
        return value == null || value.isBlank() ? null : email(field, value);
    }

    /** A required phone number as entered (trimmed, spaces collapsed): phone characters and 5 to 15 digits. */
    public static String phone(String field, String value) {
        String v = required(field, name(field, value, Integer.MAX_VALUE));
        long digits = v.chars().filter(Character::isDigit).count();
        if (v.length() > MAX_PHONE || !PHONE_CHARS.matcher(v).matches() || digits < MIN_PHONE_DIGITS
                || digits > MAX_PHONE_DIGITS) {
            throw invalid(field, field + " is not a phone number (5 to 15 digits, optionally +, spaces, dashes)",
                    "field.phone", field);
        }
        return v;
    }

    /** An optional phone number, as {@link #phone}; blank is null. */
    public static String optionalPhone(String field, String value) {
        return value == null || value.isBlank() ? null : phone(field, value);
    }

    /** An optional BCP 47 language tag in its canonical spelling ({@code en-in} becomes {@code en-IN}); blank is null. */
    public static String languageTag(String field, String value) {
        String v = text(field, value, Integer.MAX_VALUE);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() > MAX_LANGUAGE_TAG) {
                throw new IllformedLocaleException("too long");
            }
            Locale l = new Locale.Builder().setLanguageTag(v).build();
            // An ISO 639 language of 2 or 3 letters: BCP 47 also reserves 5 to 8, which would let "english" through.
            if (l.getLanguage().length() < 2 || l.getLanguage().length() > 3) {
                throw new IllformedLocaleException("no ISO 639 language");
            }
            return l.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw invalid(field, field + " must be a language tag such as fr, de or en-IN", "field.language", field);
        }
    }

    /** An optional ISO 4217 currency code, upper-cased; blank is null. */
    public static String currency(String field, String value) {
        String v = text(field, value, Integer.MAX_VALUE);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() != 3) {
                throw new IllegalArgumentException();
            }
            return Currency.getInstance(v.toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw invalid(field, field + " must be an ISO 4217 currency code such as INR or EUR", "field.currency", field);
        }
    }

    /** A decimal written as text ("1234.50", " 7 "); blank is null. Absurd lengths and exponents are refused. */
    public static BigDecimal parseDecimal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() > MAX_NUMBER_TEXT) {
                throw new NumberFormatException();
            }
            return bounded(field, new BigDecimal(v));
        } catch (NumberFormatException | ArithmeticException e) {
            throw invalid(field, field + " is not a number", "field.number", field);
        }
    }

    /** An optional amount of money or stock: 0 up to a trillion, at most four decimals, trailing zeros dropped. */
    public static BigDecimal amount(String field, BigDecimal value) {
        return decimal(field, value, BigDecimal.ZERO, MAX_AMOUNT, MAX_DECIMALS);
    }

    /** An optional percentage from 0 to 100 with at most four decimals. */
    public static BigDecimal percent(String field, BigDecimal value) {
        return decimal(field, value, BigDecimal.ZERO, HUNDRED, MAX_DECIMALS);
    }

    /**
     * An optional decimal in {@code [min, max]} (max exclusive when it is {@link #MAX_AMOUNT}) with at most
     * {@code maxDecimals} decimals, trailing zeros dropped. The exponent is checked first, so {@code 1e-999999999}
     * is a 400, not an arithmetic overflow.
     */
    public static BigDecimal decimal(String field, BigDecimal value, BigDecimal min, BigDecimal max, int maxDecimals) {
        if (value == null) {
            return null;
        }
        BigDecimal v = bounded(field, value);
        if (v.signum() < 0 && min.signum() == 0) {
            throw invalid(field, field + " must not be negative", "field.negative", field);
        }
        if (v.compareTo(min) < 0 || (max.equals(MAX_AMOUNT) ? v.compareTo(max) >= 0 : v.compareTo(max) > 0)) {
            throw invalid(field, field + " must be between " + min.toPlainString() + " and " + max.toPlainString(),
                    "field.range", field, min.toPlainString(), max.toPlainString());
        }
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() > maxDecimals) {
            throw invalid(field, field + " has more than " + maxDecimals + " decimals", "field.decimals", field, maxDecimals);
        }
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** An optional absolute http(s) URL with a host and no credentials; blank is null. */
    public static String webUrl(String field, String value) {
        String v = text(field, value, MAX_URL);
        if (v == null) {
            return null;
        }
        try {
            URI u = new URI(v);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || u.getHost() == null || u.getRawUserInfo() != null) {
                throw new URISyntaxException(v, "not a web address");
            }
            return v;
        } catch (URISyntaxException e) {
            throw invalid(field, field + " must be an http or https address such as https://example.com", "field.url", field);
        }
    }

    /** An optional calendar date written as ISO 8601 ({@code 2026-12-31}); blank is null. */
    public static LocalDate date(String field, String value) {
        String v = text(field, value, 10);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw invalid(field, field + " must be a date like 2026-12-31", "field.date", field);
        }
    }

    /** One of the given values (compared as given), or a 400 listing them. */
    public static String oneOf(String field, String value, Collection<String> allowed) {
        String v = required(field, text(field, value, Integer.MAX_VALUE));
        if (!allowed.contains(v)) {
            throw invalid(field, field + " must be one of " + String.join(", ", allowed), "field.oneOf", field,
                    String.join(", ", allowed));
        }
        return v;
    }

    /** At most {@code max} entries in a list field. */
    public static <C extends Collection<?>> C atMost(String field, C values, int max) {
        if (values != null && values.size() > max) {
            throw invalid(field, "At most " + max + " entries in " + field, "field.tooMany", field, max);
        }
        return values;
    }

    /** The value, which must not be null (use after one of the optional rules). */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw invalid(field, field + " is required", "field.required", field);
        }
        return value;
    }

    private static String maxLength(String field, String v, int max) {
        if (v.length() > max) {
            throw invalid(field, field + " must be at most " + max + " characters", "field.tooLong", field, max);
        }
        return v;
    }

    private static BigDecimal bounded(String field, BigDecimal v) {
        // Scale and precision are bounded before any arithmetic: a huge exponent must not cost time or overflow.
        if (Math.abs((long) v.scale()) > 1000 || v.precision() > 100) {
            throw invalid(field, field + " is not a number in a usable range", "field.number", field);
        }
        return v;
    }
}
