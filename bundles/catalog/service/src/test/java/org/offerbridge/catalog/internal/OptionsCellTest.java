package org.offerbridge.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.catalog.api.ProductOption;
import org.offerbridge.catalog.api.ProductOption.Value;
import org.offerbridge.platform.api.rest.ProblemException;

class OptionsCellTest {
    private static final List<ProductOption> COLOUR_AND_SIZE = List.of(
            new ProductOption("Colour", List.of(new Value("Red", null), new Value("Blue", new BigDecimal("2.5")))),
            new ProductOption("Size", List.of(new Value("S", null), new Value("M", null), new Value("L", new BigDecimal("-1")))));

    private static List<ProductOption> read(String cell) {
        return ProductRules.options(OptionsCell.parse(cell));
    }

    @Test
    void readsTheDocumentedSyntax() {
        assertEquals(COLOUR_AND_SIZE, read("Colour=Red|Blue(+2.50); Size=S|M|L(-1.00)"));
        assertEquals(COLOUR_AND_SIZE, read(" Colour = Red | Blue ( +2.5 ) ;Size=S|M|L(-1);"), "spaces around separators do not count");
        assertEquals(List.of(), read(""));
        assertEquals(List.of(), read("  "));
        assertEquals(List.of(), read(null));
    }

    @Test
    void writesWithTheCurrencysDigitsAndASign() {
        assertEquals("Colour=Red|Blue(+2.50); Size=S|M|L(-1.00)", OptionsCell.format(COLOUR_AND_SIZE, "EUR"));
        assertEquals("Colour=Red|Blue(+3)", OptionsCell.format(List.of(new ProductOption("Colour",
                List.of(new Value("Red", null), new Value("Blue", new BigDecimal("3"))))), "JPY"));
        assertEquals("", OptionsCell.format(List.of(), "EUR"));
    }

    @Test
    void namesWithSpacesAndTheSeparatorsRoundTrip() {
        List<ProductOption> odd = List.of(
                new ProductOption("Surface finish", List.of(new Value("Matt black", null), new Value("Size (EU) 40", new BigDecimal("0.0125")))),
                new ProductOption("a=b; c|d", List.of(new Value("back\\slash", null), new Value("(x)", new BigDecimal("-3")),
                        new Value("=start", null), new Value("+plus", null))));
        String cell = OptionsCell.format(odd, "INR");
        assertEquals("Surface finish=Matt black|Size \\(EU\\) 40(+0.0125); a\\=b\\; c\\|d=back\\\\slash|\\(x\\)(-3.00)|\\=start|+plus", cell);
        assertEquals(odd, read(cell));
        assertEquals(cell, OptionsCell.format(read(cell), "INR"));
    }

    @Test
    void brokenSyntaxIsRefusedNamingTheColumnAndSayingWhere() {
        for (String bad : List.of("Colour", "Colour=Red=Blue", "Colour=Red(+2", "Colour=Red(+2)x", "Colour=Red)", "Colour=Re(d)(+1)",
                "Colour=Red(two)", "Colour=Red\\", "Colour=Red(1e-999999999)")) {
            ProblemException e = assertThrows(ProblemException.class, () -> read(bad), bad);
            assertEquals("options", e.field(), bad);
            assertEquals(400, e.status());
            assertTrue(e.getMessage().startsWith("options: "), e.getMessage());
        }
        assertEquals("options[0].values[1].value", assertThrows(ProblemException.class, () -> read("Colour=Red||Blue")).field());
        assertEquals("options[1].name", assertThrows(ProblemException.class, () -> read("Colour=Red; colour=Blue")).field());
        assertEquals("options[0].values[0].priceDelta", assertThrows(ProblemException.class, () -> read("Colour=Red(+0.00001)")).field());
    }
}
