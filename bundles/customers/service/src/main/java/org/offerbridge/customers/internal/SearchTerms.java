package org.offerbridge.customers.internal;

import java.util.Locale;

import org.offerbridge.platform.api.fields.FieldRules;

/**
 * LIKE patterns for a search string: {@code text} (lower-cased, matched against names and contacts) and,
 * when the string looks like a phone number, {@code digits} (matched against phones' digits). Both null
 * means "list everything". Patterns escape % and _ with {@link #ESCAPE}.
 */
record SearchTerms(String text, String digits) {
    static final char ESCAPE = '!';
    static final int MAX_QUERY = 200;
    /** Fewer digits than this would match too many unrelated phone numbers. */
    static final int MIN_DIGITS = 4;

    static SearchTerms of(String q) {
        String v = FieldRules.name("q", q, MAX_QUERY);
        if (v == null) {
            return new SearchTerms(null, null);
        }
        String text = "%" + escape(v.toLowerCase(Locale.ROOT)) + "%";
        String digits = CustomerRules.looksLikePhone(v, MIN_DIGITS)
                ? "%" + CustomerRules.nationalDigits(CustomerRules.digits(v)) + "%"
                : null;
        return new SearchTerms(text, digits);
    }

    boolean all() {
        return text == null;
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                sb.append(ESCAPE);
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
