package org.offerbridge.platform.internal.rest;

import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.rest.ProblemException;

/** Validation of request fields; each failure is a 400 naming the field. Shared by REST and the admin services. */
public final class Inputs {
    /** Deliberately simple: one @, a dot in the domain, no spaces. Deliverability is proven by invitation. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 256;

    private Inputs() {
    }

    public static <T> T body(T body) {
        if (body == null) {
            throw ProblemException.invalid("body", "A JSON body is required");
        }
        return body;
    }

    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, field + " is required");
        }
        return optional(field, value, maxLength);
    }

    public static String optional(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() > maxLength) {
            throw ProblemException.invalid(field, field + " must be at most " + maxLength + " characters");
        }
        return v.isEmpty() ? null : v;
    }

    public static String email(String field, String value) {
        String v = required(field, value, 254);
        if (!EMAIL.matcher(v).matches()) {
            throw ProblemException.invalid(field, field + " is not an email address");
        }
        return v.toLowerCase(Locale.ROOT);
    }

    public static char[] password(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw ProblemException.invalid(field, field + " is required");
        }
        if (value.length() < MIN_PASSWORD || value.length() > MAX_PASSWORD) {
            throw ProblemException.invalid(field, field + " must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
        return value.toCharArray();
    }

    public static String locale(String field, String value) {
        String v = optional(field, value, 20);
        if (v == null) {
            return null;
        }
        try {
            Locale l = new Locale.Builder().setLanguageTag(v).build();
            if (l.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            return l.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw ProblemException.invalid(field, field + " must be a language tag such as en-IN or fr-FR");
        }
    }

    public static String currency(String field, String value) {
        String v = optional(field, value, 3);
        if (v == null) {
            return null;
        }
        try {
            return Currency.getInstance(v.toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, field + " must be an ISO 4217 currency code such as INR or EUR");
        }
    }

    public static Role role(String field, String value) {
        try {
            return Role.of(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }
}
