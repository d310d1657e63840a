package org.offerbridge.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.ChosenOptions;
import org.offerbridge.catalog.api.PriceQuote;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.catalog.api.ProductOption;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.parser.internal.llm.NoLlm;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.UsageMeter;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.testing.BoundCaller;

/** Chosen products (a request-for-quote form's items, staff lines) become priced lines with their options. */
class CatalogParsingChosenTest {
    private static final ProductOption COLOUR = new ProductOption("Colour", List.of(new ProductOption.Value("Blue", null),
            new ProductOption.Value("Red", new BigDecimal("1.50"))));
    private static final ProductOption SIZE = new ProductOption("Size", List.of(new ProductOption.Value("M", BigDecimal.ZERO),
            new ProductOption.Value("XL", new BigDecimal("2.25"))));
    private static final ProductOption FINISH = new ProductOption("Finish", List.of(new ProductOption.Value("Matt", new BigDecimal("-20"))));

    private final List<Product> products = List.of(
            product("SH-1", "Work shirt", "10.00", true, List.of(COLOUR, SIZE)),
            product("HB-M8-40", "M8 hex bolt 40mm", "4.50", true, List.of()),
            product("PL-9", "Plate", "5.00", true, List.of(FINISH)),
            product("OLD-1", "Old shirt", "8.00", false, List.of(COLOUR)));
    /** Each prices() call's quantities, so volume pricing sees what it should. */
    private final List<Map<String, BigDecimal>> priced = new ArrayList<>();
    private final AtomicInteger parses = new AtomicInteger();
    private final BoundCaller caller = BoundCaller.withRole(Role.SALES);

    private final CatalogService catalog = (CatalogService) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {CatalogService.class}, (proxy, method, args) -> switch (method.getName()) {
                case "revision" -> 1L;
                case "search" -> args[2] == null ? products.stream().filter(Product::active).toList() : List.of();
                case "bySku" -> products.stream().filter(p -> p.sku().equalsIgnoreCase((String) args[0])).findFirst();
                case "prices" -> {
                    @SuppressWarnings("unchecked")
                    Map<String, BigDecimal> quantities = (Map<String, BigDecimal>) args[0];
                    priced.add(new LinkedHashMap<>(quantities));
                    Map<String, PriceQuote> out = new LinkedHashMap<>();
                    quantities.forEach((sku, q) -> products.stream().filter(p -> p.sku().equals(sku)).findFirst().ifPresent(p ->
                            out.put(sku, new PriceQuote(sku, q, p.price(), p.price(), "EUR", null, null, "base"))));
                    yield out;
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private final UsageMeter usage = (UsageMeter) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UsageMeter.class},
            (proxy, method, args) -> {
                if (method.getName().equals("consume")) {
                    parses.incrementAndGet();
                }
                return null;
            });

    private final CatalogParsing parsing = new CatalogParsing(new CatalogIndexCache(catalog, caller), catalog, usage,
            NoLlm.parsing(caller));

    private static Product product(String sku, String name, String price, boolean active, List<ProductOption> options) {
        return new Product(sku, sku, name, null, "pcs", new BigDecimal(price), "EUR", null, null, List.of(name), active, Instant.EPOCH,
                Instant.EPOCH, options);
    }

    private static RequestInbox.ChosenItem item(String sku, String quantity, Map<String, String> options) {
        return new RequestInbox.ChosenItem(sku, new BigDecimal(quantity), options);
    }

    @Test
    void aChosenProductIsALineWithItsOptionsPricedWithTheirDeltas() {
        Map<String, String> asked = new LinkedHashMap<>();
        asked.put("size", "xl"); // the sender's spelling and order
        asked.put("colour", "red");
        CatalogParsing.Chosen c = parsing.chosen(List.of(item("sh-1", "3", asked)));
        assertEquals(List.of(), c.unmatched());
        CatalogParsing.Line l = c.lines().get(0);
        assertEquals("SH-1", l.sku());
        assertEquals("Work shirt", l.name());
        assertEquals(0, new BigDecimal("3").compareTo(l.quantity()));
        assertEquals(1.0, l.confidence());
        assertNull(l.source());
        assertTrue(l.spans().isEmpty());
        assertEquals("13.75", l.unitPrice(), "10.00 + 1.50 (Red) + 2.25 (XL)");
        assertEquals(List.of("Colour", "Size"), List.copyOf(l.options().keySet()), "the product's order and spelling");
        assertEquals(List.of("Red", "XL"), List.copyOf(l.options().values()));
    }

    @Test
    void aValueWithoutDeltaCostsTheCatalogPriceAndANegativeDeltaNeverGoesBelowZero() {
        CatalogParsing.Chosen c = parsing.chosen(List.of(item("SH-1", "1", Map.of("Colour", "Blue")), item("PL-9", "1", Map.of("Finish", "Matt"))));
        assertEquals("10.00", c.lines().get(0).unitPrice());
        assertEquals("0", c.lines().get(1).unitPrice());
    }

    @Test
    void whatTheCatalogLacksIsAnUnmatchedItemSayingWhatWasAsked() {
        Map<String, String> purple = new LinkedHashMap<>();
        purple.put("Colour", "Purple");
        CatalogParsing.Chosen c = parsing.chosen(List.of(
                item("SH-1", "3", purple),                          // a value the product does not allow
                item("SH-1", "2", Map.of("Sleeve", "Long")),        // an option the product lacks
                item("NOPE-7", "1", Map.of()),                      // an unknown SKU
                item("OLD-1", "4", Map.of("Colour", "Blue")),       // an inactive product
                item("HB-M8-40", "12", Map.of())));
        assertEquals(List.of("HB-M8-40"), c.lines().stream().map(CatalogParsing.Line::sku).toList());
        assertEquals(List.of("SH-1 (Colour: Purple) × 3", "SH-1 (Sleeve: Long) × 2", "NOPE-7 × 1", "OLD-1 (Colour: Blue) × 4"),
                c.unmatched().stream().map(CatalogParsing.Unmatched::text).toList());
        assertEquals(0, new BigDecimal("4").compareTo(c.unmatched().get(3).quantity()));
    }

    @Test
    void theSameProductWithOtherOptionsIsAnotherLinePricedForTheProductsWholeQuantity() {
        CatalogParsing.Chosen c = parsing.chosen(List.of(item("SH-1", "2", Map.of("Colour", "Blue")), item("SH-1", "5", Map.of("Colour", "Red")),
                item("SH-1", "1", Map.of("Colour", "Blue"))));
        assertEquals(2, c.lines().size());
        assertEquals(0, new BigDecimal("3").compareTo(c.lines().get(0).quantity()), "the same options are one line");
        assertEquals("11.50", c.lines().get(1).unitPrice());
        assertEquals(0, new BigDecimal("8").compareTo(priced.get(0).get("SH-1")), "volume breaks see all 8 shirts");
    }

    @Test
    void theTextAddsMoreLinesButNotAProductAlreadyChosen() {
        CatalogParsing.Chosen c = parsing.chosen(List.of(item("SH-1", "2", Map.of("Colour", "Red")), item("NOPE-7", "1", Map.of())));
        CatalogParsing.Answer text = caller.runAs(caller.current().get(),
                () -> parsing.parse("please also quote 12 M8 hex bolt 40mm, and 3 work shirt"));
        assertTrue(text.lines().stream().anyMatch(l -> l.sku().equals("SH-1")), "the text alone names the shirt: " + text);
        CatalogParsing.Answer all = CatalogParsing.withChosen(c, text);
        assertEquals(List.of("SH-1", "HB-M8-40"), all.lines().stream().map(CatalogParsing.Line::sku).toList());
        assertEquals(Map.of("Colour", "Red"), all.lines().get(0).options());
        assertEquals(0, new BigDecimal("2").compareTo(all.lines().get(0).quantity()), "the chosen line is kept as chosen");
        assertEquals("NOPE-7 × 1", all.unmatched().get(0).text());
        assertEquals(text.language(), all.language());
        assertEquals(1, parses.get());
    }

    @Test
    void itemsWithoutTextNeedNoParse() {
        CatalogParsing.Answer all = CatalogParsing.withChosen(parsing.chosen(List.of(item("HB-M8-40", "5", null))), null);
        assertEquals(1, all.lines().size());
        assertNull(all.language());
        assertEquals(0, parses.get());
    }

    @Test
    void staffMayOnlyChooseOptionsTheProductOffers() {
        List<CatalogParsing.Line> lines = parsing.staffLines(List.of(new RequestInbox.LineEdit("SH-1", BigDecimal.ONE, Map.of("colour", "RED"))));
        assertEquals(Map.of("Colour", "Red"), lines.get(0).options());
        assertEquals("11.50", lines.get(0).unitPrice());
        ProblemException e = assertThrows(ProblemException.class, () -> parsing.staffLines(List.of(
                new RequestInbox.LineEdit("HB-M8-40", BigDecimal.ONE),
                new RequestInbox.LineEdit("SH-1", BigDecimal.ONE, Map.of("Colour", "Purple")))));
        assertEquals("lines[1].options", e.field());
        assertEquals("lines[0].sku", assertThrows(ProblemException.class, () -> parsing.staffLines(List.of(
                new RequestInbox.LineEdit("OLD-1", BigDecimal.ONE)))).field());
    }

    @Test
    void optionsAreCheckedForShape() {
        assertEquals("items[0].options", assertThrows(ProblemException.class,
                () -> ChosenOptions.check("items[0].options", Map.of("Colour", "x".repeat(201)))).field());
        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("Colour", "Red");
        twice.put("colour", "Blue");
        assertEquals("lines[2].options", assertThrows(ProblemException.class, () -> ChosenOptions.check("lines[2].options", twice)).field());
        Map<String, String> blank = new LinkedHashMap<>();
        blank.put("Colour", " ");
        blank.put("Size", "M");
        assertEquals(Map.of("Size", "M"), ChosenOptions.check("items[0].options", blank, true), "a form's unchosen option");
        assertThrows(ProblemException.class, () -> ChosenOptions.check("lines[0].options", blank));
        assertEquals(Optional.of(Map.of()), ChosenOptions.resolve(products.get(0), null));
    }
}
