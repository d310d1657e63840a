package org.offerbridge.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.offerbridge.catalog.api.ProductOption;
import org.offerbridge.catalog.api.ProductOption.Value;

/** How the store keeps a product's options in its row (the OPTIONS_JSON column) and reads them back on every read. */
class ProductStoreOptionsTest {
    private static final List<ProductOption> OPTIONS = List.of(
            new ProductOption("Colour", List.of(new Value("Red", null), new Value("Blue \"navy\" \\ ü", new BigDecimal("2.5")))),
            new ProductOption("Size", List.of(new Value("L", new BigDecimal("-1.0125")))));

    private static ProductValues values(List<ProductOption> options) {
        return new ProductValues("BOLT", "Bolt", null, "pcs", BigDecimal.ONE, "EUR", null, null, List.of("b"), true, options);
    }

    @Test
    void optionsAreWrittenToTheRowAndComeBackInEveryRead() {
        ProductEntity row = new ProductEntity();
        ProductStore.write(row, values(OPTIONS), 1);
        assertTrue(row.options.startsWith("[{\"name\":\"Colour\""), row.options);
        assertEquals(OPTIONS, ProductStore.values(row).options(), "for updates and imports");
        row.id = "p-1";
        assertEquals(OPTIONS, ProductStore.view(row).options(), "for get, list, search and export");
    }

    @Test
    void noOptionsStoreNothingAndARowFromBeforeOptionsReadsAsNone() {
        ProductEntity row = new ProductEntity();
        ProductStore.write(row, values(List.of()), 1);
        assertNull(row.options);
        assertEquals(List.of(), ProductStore.values(row).options());
        row.options = null;
        row.id = "p-1";
        assertEquals(List.of(), ProductStore.view(row).options());
    }

    @Test
    void theMostOptionsAProductMayHaveFitTheColumn() {
        String longest = "\"\\".repeat(ProductRules.MAX_OPTION_TEXT / 2);
        List<ProductOption> most = IntStream.range(0, ProductRules.MAX_OPTIONS).mapToObj(i -> new ProductOption(longest.substring(1) + i,
                IntStream.range(0, ProductRules.MAX_OPTION_VALUES).mapToObj(j -> new Value(longest.substring(2) + j,
                        new BigDecimal("-999999999999.9999"))).toList())).toList();
        assertEquals(most, ProductRules.options(most), "the worst case passes the rules");
        String json = OptionsJson.write(most);
        assertTrue(json.length() <= ProductRules.MAX_OPTIONS_JSON, json.length() + " characters");
        assertEquals(most, OptionsJson.read(json));
    }
}
