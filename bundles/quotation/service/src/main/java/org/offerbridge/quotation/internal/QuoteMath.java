package org.offerbridge.quotation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.quotation.api.Totals;

/**
 * The money rules of a quote, in one place.
 * <ol>
 * <li>Each line is rounded on its own: {@code lineTotal = round(quantity × unitPrice × (1 − discount/100))}, HALF_UP,
 * to the currency's minor units (0 for JPY, 2 for EUR, 3 for BHD/KWD).</li>
 * <li>Tax is computed per rate on the sum of the rounded line totals of that rate, rounded HALF_UP once per rate.
 * Tax-exclusive prices: the sum is the base and {@code tax = round(base × rate/100)}. Tax-inclusive prices: the sum
 * is the gross, {@code base = round(gross × 100/(100+rate))} and {@code tax = gross − base}, so the customer pays
 * exactly the prices shown.</li>
 * <li>{@code net} is the sum of the bases, {@code gross = net + tax}; {@code discount} is the sum over lines of
 * {@code round(quantity × unitPrice) − lineTotal}.</li>
 * </ol>
 */
public final class QuoteMath {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private QuoteMath() {
    }

    /** A line's inputs: {@code field} names it in a 400 ("lines[2]"). */
    public record LineInput(String field, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal taxRate) {
    }

    public record Result(List<BigDecimal> lineTotals, Totals totals) {
    }

    public static int minorUnits(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    public static BigDecimal round(BigDecimal amount, String currency) {
        return amount.setScale(minorUnits(currency), RoundingMode.HALF_UP);
    }

    public static Result compute(List<LineInput> lines, String currency, boolean pricesIncludeTax) {
        int digits = minorUnits(currency);
        BigDecimal zero = BigDecimal.ZERO.setScale(digits);
        List<BigDecimal> lineTotals = new ArrayList<>();
        Map<BigDecimal, BigDecimal> byRate = new TreeMap<>();
        BigDecimal discount = zero;
        for (LineInput l : lines) {
            check(l);
            BigDecimal undiscounted = l.quantity().multiply(l.unitPrice());
            BigDecimal factor = HUNDRED.subtract(l.discountPercent()).divide(HUNDRED);
            BigDecimal total = undiscounted.multiply(factor).setScale(digits, RoundingMode.HALF_UP);
            lineTotals.add(total);
            discount = discount.add(undiscounted.setScale(digits, RoundingMode.HALF_UP).subtract(total));
            byRate.merge(plain(l.taxRate()), total, BigDecimal::add);
        }
        List<Totals.TaxAmount> taxes = new ArrayList<>();
        BigDecimal net = zero;
        BigDecimal tax = zero;
        for (Map.Entry<BigDecimal, BigDecimal> e : byRate.entrySet()) {
            BigDecimal rate = e.getKey();
            BigDecimal sum = e.getValue();
            BigDecimal base;
            BigDecimal amount;
            if (pricesIncludeTax) {
                base = sum.multiply(HUNDRED).divide(HUNDRED.add(rate), digits, RoundingMode.HALF_UP);
                amount = sum.subtract(base);
            } else {
                base = sum;
                amount = sum.multiply(rate).divide(HUNDRED).setScale(digits, RoundingMode.HALF_UP);
            }
            taxes.add(new Totals.TaxAmount(rate, base, amount));
            net = net.add(base);
            tax = tax.add(amount);
        }
        return new Result(lineTotals, new Totals(net, discount, taxes, tax, net.add(tax)));
    }

    /** 18.0000 → 18, 7.50 → 7.5: one key per rate however it was written. */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Quantities above zero, prices not negative, discounts from 0 to below 100, tax rates from 0 to 100. */
    static void check(LineInput l) {
        QuoteRules.quantity(l.field() + ".quantity", l.quantity());
        FieldRules.required(l.field() + ".unitPrice", FieldRules.amount(l.field() + ".unitPrice", l.unitPrice()));
        FieldRules.required(l.field() + ".discountPercent", QuoteRules.discount(l.field() + ".discountPercent", l.discountPercent()));
        FieldRules.required(l.field() + ".taxRate", FieldRules.percent(l.field() + ".taxRate", l.taxRate()));
    }
}
