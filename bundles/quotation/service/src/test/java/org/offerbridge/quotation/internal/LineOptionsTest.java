package org.offerbridge.quotation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.PriceQuote;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.catalog.api.ProductOption;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.QuoteDraft;
import org.offerbridge.quotation.api.QuoteLine;

/** A quote line keeps its product options, and their price differences are in its unit price and the totals. */
class LineOptionsTest {
    private static final ProductOption COLOUR = new ProductOption("Colour", List.of(new ProductOption.Value("Blue", null),
            new ProductOption.Value("Red", new BigDecimal("1.50"))));
    private static final ProductOption SIZE = new ProductOption("Size", List.of(new ProductOption.Value("M", null),
            new ProductOption.Value("XL", new BigDecimal("2.25"))));
    private static final List<Product> PRODUCTS = List.of(
            new Product("p1", "SH-1", "Work shirt", null, "pcs", new BigDecimal("10.00"), "EUR", null, null, List.of(), true,
                    Instant.EPOCH, Instant.EPOCH, List.of(COLOUR, SIZE)),
            new Product("p2", "HB-M8-40", "M8 hex bolt 40mm", null, "pcs", new BigDecimal("4.50"), "EUR", null, null, List.of(), true,
                    Instant.EPOCH, Instant.EPOCH));

    private final CatalogService catalog = (CatalogService) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {CatalogService.class}, (proxy, method, args) -> switch (method.getName()) {
                case "bySku" -> PRODUCTS.stream().filter(p -> p.sku().equalsIgnoreCase((String) args[0])).findFirst();
                case "prices" -> {
                    @SuppressWarnings("unchecked")
                    Map<String, BigDecimal> quantities = (Map<String, BigDecimal>) args[0];
                    Map<String, PriceQuote> out = new LinkedHashMap<>();
                    quantities.forEach((sku, q) -> PRODUCTS.stream().filter(p -> p.sku().equals(sku)).findFirst().ifPresent(p ->
                            out.put(sku, new PriceQuote(sku, q, p.price(), p.price(), "EUR", null, null, "base"))));
                    yield out;
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });
    private final CatalogPricing pricing = new CatalogPricing(catalog);

    private static Map<String, String> options(String... nameValue) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put(nameValue[i], nameValue[i + 1]);
        }
        return m;
    }

    @Test
    void theChosenValuesPriceDifferencesAreInTheUnitPriceAndTheTotals() {
        List<CatalogPricing.Priced> priced = pricing.price(QuoteRules.lines(List.of(
                new QuoteDraft.LineInput("SH-1", new BigDecimal("3"), new BigDecimal("10"), options("size", "xl", "colour", "RED")),
                new QuoteDraft.LineInput("SH-1", new BigDecimal("2"), null, options("Colour", "Blue")),
                new QuoteDraft.LineInput("HB-M8-40", new BigDecimal("10"), null))), "EUR", new BigDecimal("20"));
        assertEquals(0, new BigDecimal("13.75").compareTo(priced.get(0).unitPrice()), "10.00 + 1.50 + 2.25");
        assertEquals(List.of("Colour", "Size"), List.copyOf(priced.get(0).options().keySet()), "the product's order");
        assertEquals(List.of("Red", "XL"), List.copyOf(priced.get(0).options().values()), "the product's spelling");
        assertEquals(0, new BigDecimal("10.00").compareTo(priced.get(1).unitPrice()), "a value without a delta costs nothing extra");
        assertEquals(Map.of(), priced.get(2).options());

        QuoteMath.Result r = QuoteMath.compute(priced.stream().map(CatalogPricing.Priced::math).toList(), "EUR", false);
        assertEquals(new BigDecimal("37.13"), r.lineTotals().get(0), "3 × 13.75 less 10 % = 37.125, rounded half up");
        assertEquals(new BigDecimal("20.00"), r.lineTotals().get(1));
        assertEquals(new BigDecimal("45.00"), r.lineTotals().get(2));
        assertEquals(new BigDecimal("102.13"), r.totals().net());
        assertEquals(new BigDecimal("122.56"), r.totals().gross(), "20 % tax on 102.13 = 20.43 (20.426)");
    }

    @Test
    void optionsTheProductDoesNotOfferAreRefusedNamingTheLine() {
        ProblemException e = assertThrows(ProblemException.class, () -> pricing.price(QuoteRules.lines(List.of(
                new QuoteDraft.LineInput("HB-M8-40", BigDecimal.ONE, null),
                new QuoteDraft.LineInput("SH-1", BigDecimal.ONE, null, options("Colour", "Purple")))), "EUR", BigDecimal.ZERO));
        assertEquals("lines[1].options", e.field());
        assertEquals("lines[0].options", assertThrows(ProblemException.class, () -> pricing.price(QuoteRules.lines(List.of(
                new QuoteDraft.LineInput("HB-M8-40", BigDecimal.ONE, null, options("Colour", "Blue")))), "EUR", BigDecimal.ZERO)).field());
        assertEquals("lines[0].options", assertThrows(ProblemException.class, () -> QuoteRules.lines(List.of(
                new QuoteDraft.LineInput("SH-1", BigDecimal.ONE, null, options("Colour", " "))))).field());
        assertEquals("lines[0].options", assertThrows(ProblemException.class, () -> QuoteRules.lines(List.of(
                new QuoteDraft.LineInput("SH-1", BigDecimal.ONE, null, options("Colour", "Red", "COLOUR", "Blue"))))).field());
    }

    @Test
    void aLinesOptionsAreStoredInOrderAndCopiedIntoARevision() {
        QuoteLineEntity l = new QuoteLineEntity();
        l.position = 1;
        l.sku = "SH-1";
        l.name = "Work shirt";
        l.unit = "pcs";
        l.quantity = new BigDecimal("3");
        l.unitPrice = new BigDecimal("13.75");
        l.discountPercent = BigDecimal.ZERO;
        l.taxRate = BigDecimal.ZERO;
        l.lineTotal = new BigDecimal("41.25");
        l.options = QuoteRecords.optionsJson(options("Size", "XL", "Colour", "Red"));
        QuoteLine line = QuoteRecords.line(l.copyFor("q2", "l2"));
        assertEquals(List.of("Size", "Colour"), List.copyOf(line.options().keySet()));
        assertEquals("Red", line.options().get("Colour"));
        l.options = QuoteRecords.optionsJson(Map.of());
        assertEquals(Map.of(), QuoteRecords.line(l).options());
        assertEquals(null, l.options, "no options, no column value");
    }
}
