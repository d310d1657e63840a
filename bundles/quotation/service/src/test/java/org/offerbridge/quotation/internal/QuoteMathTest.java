package org.offerbridge.quotation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.Totals;

class QuoteMathTest {

    private static QuoteMath.LineInput line(String qty, String price, String discount, String rate) {
        return new QuoteMath.LineInput("lines[0]", new BigDecimal(qty), new BigDecimal(price), new BigDecimal(discount),
                new BigDecimal(rate));
    }

    private static void money(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual, () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void exclusivePricesAddTaxPerRateOnRoundedLineNets() {
        Totals t = QuoteMath.compute(List.of(line("12", "4.50", "0", "18"), line("2", "35", "10", "18")), "INR", false).totals();
        money("117.00", t.net());
        money("21.06", t.tax());
        money("138.06", t.gross());
        money("7.00", t.discount());
        assertEquals(1, t.taxes().size());
        money("18", t.taxes().get(0).rate());
    }

    @Test
    void eachLineIsRoundedHalfUpBeforeSumming() {
        // 3 × 0.335 = 1.005 → 1.01 per line; two lines 2.02 (not round(2.010) = 2.01)
        QuoteMath.Result r = QuoteMath.compute(List.of(line("3", "0.335", "0", "0"), line("3", "0.335", "0", "0")), "EUR", false);
        money("1.01", r.lineTotals().get(0));
        money("2.02", r.totals().net());
        money("0.00", r.totals().tax());
    }

    @Test
    void taxIsRoundedOncePerRateNotPerLine() {
        // per line 0.10 × 19% = 0.019 → 0.02 each (0.06 for three); per rate 0.30 × 19% = 0.057 → 0.06
        Totals t = QuoteMath.compute(List.of(line("1", "0.10", "0", "19"), line("1", "0.10", "0", "19"), line("1", "0.10", "0", "19")),
                "EUR", false).totals();
        money("0.06", t.tax());
        // 0.20 × 7% = 0.014 → 0.01 (per-line rounding would give 0.02)
        Totals u = QuoteMath.compute(List.of(line("1", "0.10", "0", "7"), line("1", "0.10", "0", "7")), "EUR", false).totals();
        money("0.01", u.tax());
    }

    @Test
    void mixedRatesAreListedByRate() {
        Totals t = QuoteMath.compute(List.of(line("1", "100", "0", "19"), line("1", "50", "0", "7"), line("1", "10", "0", "0"),
                line("2", "25.00", "0", "19.0000")), "EUR", false).totals();
        assertEquals(3, t.taxes().size());
        money("0", t.taxes().get(0).rate());
        money("7", t.taxes().get(1).rate());
        money("19", t.taxes().get(2).rate());
        money("150.00", t.taxes().get(2).base());
        money("28.50", t.taxes().get(2).amount());
        money("3.50", t.taxes().get(1).amount());
        money("0.00", t.taxes().get(0).amount());
        money("210.00", t.net());
        money("242.00", t.gross());
    }

    @Test
    void inclusivePricesExtractTaxSoTheCustomerPaysThePricesShown() {
        Totals t = QuoteMath.compute(List.of(line("1", "119.00", "0", "19"), line("3", "9.99", "0", "19")), "EUR", true).totals();
        money("148.97", t.gross());
        money("125.18", t.net()); // 148.97 / 1.19 = 125.1848...
        money("23.79", t.tax());
        assertEquals(t.gross(), t.net().add(t.tax()));
    }

    @Test
    void inclusiveAndExclusiveDifferForTheSamePrices() {
        var lines = List.of(line("1", "100", "0", "20"));
        money("120.00", QuoteMath.compute(lines, "GBP", false).totals().gross());
        money("100.00", QuoteMath.compute(lines, "GBP", true).totals().gross());
        money("83.33", QuoteMath.compute(lines, "GBP", true).totals().net());
    }

    @Test
    void yenHasNoMinorUnits() {
        QuoteMath.Result r = QuoteMath.compute(List.of(line("3", "333.5", "0", "10"), line("1", "99", "5", "8")), "JPY", false);
        money("1001", r.lineTotals().get(0)); // 1000.5 → 1001
        money("94", r.lineTotals().get(1)); // 94.05 → 94
        money("100", r.totals().taxes().get(1).amount()); // 1001 × 10% = 100.1
        money("8", r.totals().taxes().get(0).amount()); // 94 × 8% = 7.52
        money("1203", r.totals().gross());
        assertEquals(0, r.totals().gross().scale());
    }

    @Test
    void dinarsHaveThreeMinorUnits() {
        Totals bhd = QuoteMath.compute(List.of(line("7", "1.2345", "0", "10")), "BHD", false).totals();
        money("8.642", bhd.net()); // 8.6415 → 8.642
        money("0.864", bhd.tax()); // 0.8642 → 0.864
        money("9.506", bhd.gross());
        Totals kwd = QuoteMath.compute(List.of(line("1", "0.0005", "0", "0")), "KWD", false).totals();
        money("0.001", kwd.gross());
    }

    @Test
    void zeroTaxKeepsGrossEqualToNet() {
        Totals t = QuoteMath.compute(List.of(line("5", "12.34", "0", "0")), "USD", false).totals();
        money("61.70", t.net());
        money("0.00", t.tax());
        assertEquals(t.net(), t.gross());
    }

    @Test
    void discountsAreTakenPerLineAndReported() {
        QuoteMath.Result r = QuoteMath.compute(List.of(line("3", "9.99", "12.5", "0")), "EUR", false);
        money("26.22", r.lineTotals().get(0)); // 29.97 × 0.875 = 26.22375
        money("3.75", r.totals().discount()); // 29.97 − 26.22
    }

    @Test
    void aHundredPercentDiscountIsRefusedNamingTheLine() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> QuoteMath.compute(List.of(line("1", "10", "100", "0")), "EUR", false));
        assertEquals(400, e.status());
        assertEquals("lines[0].discountPercent", e.field());
        assertThrows(ProblemException.class, () -> QuoteMath.compute(List.of(line("1", "10", "-1", "0")), "EUR", false));
    }

    @Test
    void badQuantitiesPricesAndRatesAreRefused() {
        assertEquals("lines[0].quantity", assertThrows(ProblemException.class,
                () -> QuoteMath.compute(List.of(line("0", "10", "0", "0")), "EUR", false)).field());
        assertEquals("lines[0].unitPrice", assertThrows(ProblemException.class,
                () -> QuoteMath.compute(List.of(line("1", "-0.01", "0", "0")), "EUR", false)).field());
        assertEquals("lines[0].taxRate", assertThrows(ProblemException.class,
                () -> QuoteMath.compute(List.of(line("1", "1", "0", "100.5")), "EUR", false)).field());
    }

    @Test
    void anEmptyQuoteTotalsZero() {
        Totals t = QuoteMath.compute(List.of(), "EUR", false).totals();
        money("0.00", t.gross());
        assertEquals(0, t.taxes().size());
    }
}
