package org.offerbridge.platform.internal.rest;

import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.fields.FieldRules;

/**
 * The platform's own input rules: passwords (length, not all whitespace, no one repeated character, not a common or
 * breached password), staff roles and the workspace locale. Everything else (emails,
 * currencies, texts and their lengths) is checked by {@link FieldRules}; each failure is a 400 naming the field.
 */
public final class PlatformRules {
    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 256;
    /** What the workspace's locale column holds. */
    public static final int MAX_LOCALE = 20;

    private PlatformRules() {
    }

    /** A new password, as typed: never trimmed, since spaces are legitimate password characters. */
    public static char[] password(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw FieldRules.invalid(field, field + " is required", "field.required", field);
        }
        if (value.length() < MIN_PASSWORD || value.length() > MAX_PASSWORD) {
            throw FieldRules.invalid(field, field + " must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters",
                    "platform.password", field, MIN_PASSWORD, MAX_PASSWORD);
        }
        // No composition rules (ASVS 2.1.9); only passwords that guessing tries first are refused.
        if (allSpace(value) || value.codePoints().distinct().count() == 1 || CommonPasswords.contains(value)) {
            throw FieldRules.invalid(field, field + " is too common or easy to guess (only spaces, one repeated character "
                    + "or a known common or breached password); choose another", "field.commonPassword", field);
        }
        return value.toCharArray();
    }

    /** Only spaces of any kind, the no-break and ideographic ones too. */
    private static boolean allSpace(String value) {
        return value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** A workspace locale: a language tag ({@link FieldRules#languageTag}) short enough to store; blank is null. */
    public static String locale(String field, String value) {
        return FieldRules.text(field, FieldRules.languageTag(field, value), MAX_LOCALE);
    }

    public static Role role(String field, String value) {
        try {
            return Role.of(value);
        } catch (IllegalArgumentException e) {
            throw FieldRules.invalid(field, e.getMessage(), "field.oneOf", field, "owner, admin, sales, viewer");
        }
    }
}
