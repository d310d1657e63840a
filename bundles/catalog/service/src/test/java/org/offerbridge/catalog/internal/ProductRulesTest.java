package org.offerbridge.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ProblemException;

class ProductRulesTest {

    /** The field a refusal names; every refusal is a 400. */
    private static String field(Runnable r) {
        ProblemException e = assertThrows(ProblemException.class, r::run);
        assertEquals(400, e.status());
        return e.field();
    }

    @Test
    void skusAreTrimmedAndMustBePrintableWithoutSpaces() {
        assertEquals("HB-M8-40", ProductRules.sku("  HB-M8-40 "));
        assertEquals("sku", field(() -> ProductRules.sku("HB M8")));
        assertEquals("sku", field(() -> ProductRules.sku("A|B")));
        assertEquals("sku", field(() -> ProductRules.sku("x".repeat(65))));
        assertEquals("HB-M8-40", ProductRules.skuKey("hb-m8-40"));
    }

    @Test
    void unitsAreCanonicalAndUnknownOnesListTheKnownOnes() {
        assertEquals("pcs", ProductRules.unit("Nos."));
        assertEquals("kg", ProductRules.unit("KGS"));
        assertEquals("m2", ProductRules.unit("sqm"));
        ProblemException e = assertThrows(ProblemException.class, () -> ProductRules.unit("furlong"));
        assertEquals("unit", e.field());
        assertTrue(e.getMessage().contains("pcs"), e.getMessage());
    }

    @Test
    void amountsAreExactNonNegativeAndBounded() {
        assertEquals(new BigDecimal("4.5"), ProductRules.price(new BigDecimal("4.500")));
        assertEquals("price", field(() -> ProductRules.price(new BigDecimal("-0.01"))));
        assertEquals("price", field(() -> ProductRules.price(new BigDecimal("0.00001"))));
        assertEquals("price", field(() -> ProductRules.price(null)));
        assertEquals("stock", field(() -> ProductRules.stock(new BigDecimal("-1"))));
        assertEquals("tax_rate", field(() -> ProductRules.taxRate(new BigDecimal("101"))));
        assertEquals("price", field(() -> FieldRules.parseDecimal("price", "4,50")));
    }

    @Test
    void currenciesAreIso4217() {
        assertEquals("INR", ProductRules.currency("inr"));
        assertEquals("currency", field(() -> ProductRules.currency("RUPEES")));
    }

    @Test
    void aliasesDropBlanksAndDuplicatesAndAreBounded() {
        assertEquals(List.of("Eames chair", "стул Эймс"),
                ProductRules.aliases(Arrays.asList(" Eames chair", "", null, "eames CHAIR", "стул Эймс")));
        assertEquals("aliases", field(() -> ProductRules.aliases(Collections.nCopies(1, "a|b"))));
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("alias " + i);
        }
        assertEquals("aliases", field(() -> ProductRules.aliases(many)));
    }

    @Test
    void searchTextIsLowerCaseAndBounded() {
        assertEquals("hb-1 hex bolt bolzen", ProductRules.searchText("HB-1", "Hex Bolt", List.of("Bolzen")));
        assertTrue(ProductRules.searchText("A", "n".repeat(3000), List.of()).length() <= ProductRules.MAX_SEARCH_TEXT);
    }

    @Test
    void refusalsCarryAMessageKeyForTranslatedDisplay() {
        assertEquals("catalog.sku.characters", assertThrows(ProblemException.class, () -> ProductRules.sku("HB M8")).messageKey());
        assertEquals("field.controlChars", assertThrows(ProblemException.class, () -> ProductRules.name("Bolt\u0000")).messageKey());
        assertEquals("field.oneOf", assertThrows(ProblemException.class, () -> ProductRules.unit("furlong")).messageKey());
        assertEquals("field.negative", assertThrows(ProblemException.class, () -> ProductRules.price(new BigDecimal("-1"))).messageKey());
        assertEquals("field.range", assertThrows(ProblemException.class, () -> ProductRules.price(new BigDecimal("1e12"))).messageKey());
        assertEquals("field.number", assertThrows(ProblemException.class,
                () -> ProductRules.taxRate(new BigDecimal("1e-999999999"))).messageKey());
        ProblemException taken = ProductRules.duplicateSku("HB-1");
        assertEquals(409, taken.status());
        assertEquals("sku", taken.field());
    }
}
