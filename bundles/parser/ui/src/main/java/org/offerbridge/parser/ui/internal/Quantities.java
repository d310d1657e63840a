package org.offerbridge.parser.ui.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.offerbridge.ui.api.Decimals;

/**
 * Quantities as staff type and read them, in their locale ({@code 2.5} in English, {@code 2,5} in German).
 * Parsing is strict: the whole text must be one number without grouping, so a German {@code 2.5} is rejected
 * rather than read as 25.
 */
final class Quantities {
    /** The inbox's limits: at most this much, with at most {@link #MAX_DECIMALS} decimals. */
    static final BigDecimal MAX = new BigDecimal("1000000");
    static final int MAX_DECIMALS = 4;

    private Quantities() {
    }

    /** The number, or null when the text is blank; throws {@link NumberFormatException} when it is not one. */
    static BigDecimal parse(String text, Locale locale) {
        return Decimals.parse(text, locale);
    }

    /** A quantity the inbox takes: above zero, at most {@link #MAX}, at most {@link #MAX_DECIMALS} decimals. */
    static boolean acceptable(BigDecimal q) {
        return q != null && q.signum() > 0 && q.compareTo(MAX) <= 0 && Math.max(0, q.stripTrailingZeros().scale()) <= MAX_DECIMALS;
    }

    static String format(BigDecimal q, Locale locale) {
        return Decimals.format(q, locale);
    }

    /** A plain decimal ("12.50" as stored) shown in the locale with at least two decimals; "" when absent. */
    static String formatPrice(String plain, Locale locale) {
        if (plain == null || plain.isBlank()) {
            return "";
        }
        try {
            DecimalFormat f = format(locale);
            f.setMinimumFractionDigits(2);
            return f.format(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            return plain;
        }
    }

    private static DecimalFormat format(Locale locale) {
        DecimalFormat f = new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(locale == null ? Locale.ENGLISH : locale));
        f.setGroupingUsed(false);
        f.setMaximumFractionDigits(6);
        return f;
    }
}
