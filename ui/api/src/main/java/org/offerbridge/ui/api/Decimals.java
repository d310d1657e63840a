package org.offerbridge.ui.api;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Quantities and percentages as staff type and read them: the locale's decimal separator ({@code 2.5} in English,
 * {@code 2,5} in German), no grouping, no trailing zeros. Parsing is strict: the whole text must be one number, so a
 * German {@code 2.5} is refused rather than read as 25.
 */
public final class Decimals {
    private Decimals() {
    }

    /** The number, or null when the text is blank; throws {@link NumberFormatException} when it is not one. */
    public static BigDecimal parse(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().replace('\u00a0', ' ');
        DecimalFormat f = format(locale);
        f.setParseBigDecimal(true);
        ParsePosition at = new ParsePosition(0);
        Object n = f.parse(s, at);
        if (n == null || at.getIndex() != s.length()) {
            throw new NumberFormatException(text);
        }
        return ((BigDecimal) n).stripTrailingZeros();
    }

    public static String format(BigDecimal value, Locale locale) {
        return value == null ? "" : format(locale).format(value.stripTrailingZeros());
    }

    private static DecimalFormat format(Locale locale) {
        DecimalFormat f = new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(locale == null ? Locale.ENGLISH : locale));
        f.setGroupingUsed(false);
        return f;
    }
}
