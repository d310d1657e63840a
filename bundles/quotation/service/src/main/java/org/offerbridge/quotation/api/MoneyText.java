package org.offerbridge.quotation.api;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount as a customer reads it in their language: the locale's currency format with the currency's own number of
 * decimals ("₹1,234.00", "1.234,00 €"); an unknown currency code is written after the plain number.
 *
 * @since 1.4
 */
public final class MoneyText {
    private MoneyText() {
    }

    public static String format(Locale locale, BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        try {
            Currency c = Currency.getInstance(currency);
            f.setCurrency(c);
            int digits = Math.max(0, c.getDefaultFractionDigits());
            f.setMinimumFractionDigits(digits);
            f.setMaximumFractionDigits(digits);
        } catch (IllegalArgumentException | NullPointerException e) {
            return amount.toPlainString() + " " + currency;
        }
        return f.format(amount);
    }
}
