package org.offerbridge.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.offerbridge.catalog.api.ProductOption;
import org.offerbridge.catalog.api.ProductOption.Value;
import org.offerbridge.platform.api.rest.ProblemException;

class ProductOptionRulesTest {

    private static ProblemException refusal(List<ProductOption> options) {
        ProblemException e = assertThrows(ProblemException.class, () -> ProductRules.options(options));
        assertEquals(400, e.status());
        return e;
    }

    private static String field(List<ProductOption> options) {
        return refusal(options).field();
    }

    private static ProductOption option(String name, String... values) {
        return new ProductOption(name, Arrays.stream(values).map(v -> new Value(v, null)).toList());
    }

    private static ProductOption priced(String name, String value, String delta) {
        return new ProductOption(name, List.of(new Value(value, delta == null ? null : new BigDecimal(delta))));
    }

    @Test
    void namesAndValuesAreTrimmedAndKeepTheirOrder() {
        List<ProductOption> checked = ProductRules.options(List.of(option("  Colour ", " Red", "Blue "), option("Size", "S", "M")));
        assertEquals(List.of(option("Colour", "Red", "Blue"), option("Size", "S", "M")), checked);
        assertEquals(List.of(), ProductRules.options(null));
        assertEquals(List.of(), ProductRules.options(List.of()));
    }

    @Test
    void refusalsNameTheOptionAndValueByIndex() {
        assertEquals("options[1].name", field(List.of(option("Colour", "Red"), option(" ", "S"))));
        assertEquals("options[0].name", field(List.of(option(null, "S"))));
        assertEquals("options[0].values", field(List.of(option("Colour"))));
        assertEquals("options[1].values[0].value", field(List.of(option("Colour", "Red"), option("Size", ""))));
        assertEquals("options[0].values[1].value", field(List.of(option("Colour", "Red", "Bl\u0007ue"))));
        assertEquals("options[0].values[0].value", field(List.of(option("Colour", "x".repeat(61)))));
        assertEquals("options[0].name", field(List.of(option("C".repeat(61), "Red"))));
        assertEquals("x".repeat(60), ProductRules.options(List.of(option("Colour", "x".repeat(60)))).get(0).values().get(0).value());
        List<ProductOption> withNull = new ArrayList<>();
        withNull.add(null);
        assertEquals("options[0]", field(withNull));
    }

    @Test
    void namesAreUniquePerProductAndValuesPerOptionIgnoringCase() {
        ProblemException names = refusal(List.of(option("Colour", "Red"), option("COLOUR ", "Blue")));
        assertEquals("options[1].name", names.field());
        assertEquals("catalog.option.twice", names.messageKey());
        assertEquals("options[0].values[2].value", field(List.of(option("Colour", "Red", "Blue", "red"))));
        // the same value in two options is fine
        assertEquals(2, ProductRules.options(List.of(option("Inside", "Red"), option("Outside", "Red"))).size());
    }

    @Test
    void atMostTenOptionsOfFiftyValues() {
        List<ProductOption> ten = IntStream.range(0, 10).mapToObj(i -> option("O" + i, "v")).toList();
        assertEquals(10, ProductRules.options(ten).size());
        List<ProductOption> eleven = IntStream.range(0, 11).mapToObj(i -> option("O" + i, "v")).toList();
        assertEquals("options", field(eleven));
        String[] fifty = IntStream.range(0, 50).mapToObj(i -> "v" + i).toArray(String[]::new);
        assertEquals(50, ProductRules.options(List.of(option("Size", fifty))).get(0).values().size());
        String[] fiftyOne = IntStream.range(0, 51).mapToObj(i -> "v" + i).toArray(String[]::new);
        assertEquals("options[0].values", field(List.of(option("Size", fiftyOne))));
    }

    @Test
    void aPriceDifferenceIsBoundedLikeAPriceOnEitherSide() {
        assertEquals(new BigDecimal("2.5"), ProductRules.options(List.of(priced("C", "Blue", "2.50"))).get(0).values().get(0).priceDelta());
        assertEquals(new BigDecimal("-1"), ProductRules.options(List.of(priced("C", "Blue", "-1.00"))).get(0).values().get(0).priceDelta());
        assertNull(ProductRules.options(List.of(priced("C", "Blue", "0.00"))).get(0).values().get(0).priceDelta(), "zero is none");
        String field = "options[0].values[0].priceDelta";
        assertEquals(field, field(List.of(priced("C", "Blue", "0.00001"))));
        assertEquals("field.decimals", refusal(List.of(priced("C", "Blue", "0.00001"))).messageKey());
        assertEquals(field, field(List.of(priced("C", "Blue", "1000000000000"))));
        assertEquals(field, field(List.of(priced("C", "Blue", "-1000000000000"))));
        assertEquals(field, field(List.of(priced("C", "Blue", "1e-999999999"))));
        assertEquals(new BigDecimal("-999999999999.9999"),
                ProductRules.options(List.of(priced("C", "Blue", "-999999999999.9999"))).get(0).values().get(0).priceDelta());
    }
}
