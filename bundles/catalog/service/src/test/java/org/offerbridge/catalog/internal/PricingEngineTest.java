package org.offerbridge.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.catalog.api.PriceList;
import org.offerbridge.catalog.api.PriceQuote;
import org.offerbridge.catalog.api.PricingRule;

class PricingEngineTest {
    private static final BigDecimal BASE = new BigDecimal("10.00");
    private static final PriceList WHOLESALE = new PriceList("wl", "Wholesale", null, new BigDecimal("5"), true);

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static PriceQuote price(String qty, PriceList list, PricingRule... rules) {
        return PricingEngine.price("BOLT", BASE, "EUR", d(qty), list, List.of(rules));
    }

    @Test
    void noRulesGiveTheBasePriceWithCurrencyDigits() {
        PriceQuote q = price("3", null);
        assertEquals("10.00", q.unitPrice().toPlainString());
        assertEquals("base", q.basis());
        assertNull(q.ruleId());
    }

    @Test
    void volumeBreaksApplyFromTheirMinimumQuantity() {
        PricingRule from100 = new PricingRule("r100", null, "BOLT", d("100"), d("9.00"), null);
        PricingRule from500 = new PricingRule("r500", null, "BOLT", d("500"), null, d("20"));
        assertEquals("10.00", price("99", null, from100, from500).unitPrice().toPlainString());
        assertEquals("9.00", price("100", null, from100, from500).unitPrice().toPlainString());
        PriceQuote big = price("500", null, from100, from500);
        assertEquals("8.00", big.unitPrice().toPlainString());
        assertEquals("r500", big.ruleId());
        assertEquals("volume-break", big.basis());
    }

    @Test
    void rulesOfOtherProductsAndOtherListsDoNotApply() {
        PricingRule otherSku = new PricingRule("x", null, "NUT", d("1"), d("1.00"), null);
        PricingRule otherList = new PricingRule("y", "retail", null, d("1"), d("2.00"), null);
        assertEquals("10.00", price("10", new PriceList("wl", "Wholesale", null, BigDecimal.ZERO, true), otherSku, otherList).unitPrice().toPlainString());
    }

    @Test
    void aPriceListDiscountAppliesAndTheCustomerGetsTheLowestCandidate() {
        assertEquals("9.50", price("1", WHOLESALE).unitPrice().toPlainString());
        PricingRule listBreak = new PricingRule("lb", "wl", null, d("50"), null, d("12.5"));
        PriceQuote q = price("50", WHOLESALE, listBreak);
        assertEquals("8.75", q.unitPrice().toPlainString());
        assertEquals("wl", q.priceListId());
    }

    @Test
    void subCentPricesKeepFourDecimals() {
        PriceQuote q = PricingEngine.price("SCREW", d("0.0125"), "EUR", d("1000"), null, List.of());
        assertEquals("0.0125", q.unitPrice().toPlainString());
        PriceQuote yen = PricingEngine.price("SCREW", d("120"), "JPY", d("1"), null, List.of());
        assertEquals("120", yen.unitPrice().toPlainString());
    }
}
