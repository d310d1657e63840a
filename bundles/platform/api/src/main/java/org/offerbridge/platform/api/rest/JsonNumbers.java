package org.offerbridge.platform.api.rest;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * How the API writes numbers, one way for each kind: quantities and counts as plain JSON numbers ({@code 12},
 * {@code 2.5}, never {@code 2E+1}, as {@code /parse} answers them); money, rates and percentages as decimal strings
 * ({@code "4.50"}), which no client reads through a binary floating point.
 */
public final class JsonNumbers {
    private JsonNumbers() {
    }

    /** A quantity as the plain number it is: 12.0000 → 12, 2.50 → 2.5. */
    public static BigDecimal quantity(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** A rate or percentage as a decimal string without trailing zeros: 18.00 → "18", 2.50 → "2.5". */
    public static String decimal(BigDecimal v) {
        return v == null ? null : quantity(v).toPlainString();
    }

    /** Money with at least its currency's minor digits ("4.50" EUR, "1001" JPY), more when it has them ("0.0125"). */
    public static String money(BigDecimal v, String currency) {
        if (v == null) {
            return null;
        }
        BigDecimal s = quantity(v);
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return (s.scale() < digits ? s.setScale(digits) : s).toPlainString();
    }
}
