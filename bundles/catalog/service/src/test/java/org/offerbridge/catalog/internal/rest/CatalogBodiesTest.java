package org.offerbridge.catalog.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.catalog.api.ProductDraft;
import org.offerbridge.catalog.api.ProductOption;
import org.offerbridge.catalog.internal.PriceListService;
import org.offerbridge.catalog.internal.rest.CatalogBodies.NewProduct;
import org.offerbridge.catalog.internal.rest.CatalogBodies.NewRule;
import org.offerbridge.catalog.internal.rest.CatalogBodies.ProductChanges;
import org.offerbridge.platform.api.rest.ProblemException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** The catalog's bodies as the gateway's mapper binds them, and what the resources make of them. */
class CatalogBodiesTest {
    /** Configured as the gateway's mapper is: strict about unknown fields. */
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private final CatalogService catalog = mock(CatalogService.class);

    private static Product product(String sku) {
        return new Product("id-" + sku, sku, "Bolt", null, "pcs", new BigDecimal("4.5"), "EUR", null, null, List.of(), true,
                Instant.EPOCH, Instant.EPOCH);
    }

    private static String field(JsonMappingException e) {
        return e.getPath().get(0).getFieldName();
    }

    @Test
    void moneyIsAJsonNumberOrADecimalStringAndExactEitherWay() throws Exception {
        NewProduct n = mapper.readValue("{\"price\":4.5,\"taxRate\":\"18.00\",\"stock\":1200}", NewProduct.class);
        assertEquals(new BigDecimal("4.5"), n.price().value("price"));
        assertEquals(new BigDecimal("18.00"), n.taxRate().value("taxRate"));
        assertEquals(new BigDecimal("0.1"), mapper.readValue("{\"price\":0.1}", NewProduct.class).price().value("price"));
        ProblemException lots = assertThrows(ProblemException.class,
                () -> mapper.readValue("{\"price\":\"lots\"}", NewProduct.class).price().value("price"));
        assertEquals("price", lots.field());
        assertEquals(400, lots.status());
    }

    @Test
    void aWrongTypeOrAnUnknownFieldIsRefusedNamingTheField() {
        assertEquals("price", field(assertThrows(MismatchedInputException.class,
                () -> mapper.readValue("{\"price\":true}", NewProduct.class))));
        assertEquals("aliases", field(assertThrows(MismatchedInputException.class,
                () -> mapper.readValue("{\"aliases\":\"one\"}", NewProduct.class))));
        assertEquals("colour", field(assertThrows(UnrecognizedPropertyException.class,
                () -> mapper.readValue("{\"sku\":\"A\",\"colour\":\"red\"}", NewProduct.class))));
        assertTrue(assertThrows(MismatchedInputException.class, () -> mapper.readValue("[1,2]", NewProduct.class)).getPath().isEmpty());
    }

    @Test
    void anAbsurdExponentIsA400NamingTheField() throws Exception {
        PriceListService lists = mock(PriceListService.class);
        NewRule rule = mapper.readValue("{\"minQuantity\":1,\"discountPercent\":1e-999999999}", NewRule.class);
        ProblemException e = assertThrows(ProblemException.class, () -> new PriceListsResource(lists).addGlobalRule(rule));
        assertEquals(400, e.status());
        assertEquals("discountPercent", e.field());
        verifyNoInteractions(lists);
    }

    @Test
    void aPatchTellsAbsentFromNull() throws Exception {
        when(catalog.update(eq("p-1"), any())).thenReturn(Optional.of(product("A")));
        ProductsResource products = new ProductsResource(catalog);
        products.update("p-1", mapper.readValue("{\"price\":\"4.25\",\"stock\":null,\"description\":null}", ProductChanges.class));
        var draft = org.mockito.ArgumentCaptor.forClass(ProductDraft.class);
        verify(catalog).update(eq("p-1"), draft.capture());
        assertEquals(new BigDecimal("4.25"), draft.getValue().price());
        assertTrue(draft.getValue().clearStock());
        assertFalse(draft.getValue().clearTaxRate());
        assertNull(draft.getValue().taxRate());
        assertNull(draft.getValue().description(), "null leaves the description, as the contract says");
        assertNull(draft.getValue().aliases(), "absent aliases stay");
        for (String required : List.of("sku", "name", "unit", "price", "currency", "active")) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> products.update("p-1", mapper.readValue("{\"" + required + "\":null}", ProductChanges.class)));
            assertEquals(required, e.field());
        }
    }

    @Test
    void listsArePagedBySkuWithACursorAfterTheLastOne() {
        when(catalog.search(null, null, null, 3)).thenReturn(List.of(product("A"), product("B"), product("C")));
        var page = new ProductsResource(catalog).list(null, null, 2, null);
        assertEquals(List.of("A", "B"), page.items().stream().map(CatalogViews.ProductView::sku).toList());
        when(catalog.search(null, null, "B", 3)).thenReturn(List.of(product("C")));
        var last = new ProductsResource(catalog).list(null, null, 2, page.nextCursor());
        assertEquals(1, last.items().size());
        assertNull(last.nextCursor());
        assertEquals("4.50", last.items().get(0).price(), "money is answered as a decimal string");
    }

    /** The options of a POST body as the resource hands them to the catalog (create builds a JAX-RS Response, so not called here). */
    private List<ProductOption> created(String body) throws Exception {
        return ProductsResource.options(mapper.readValue(body, NewProduct.class).options());
    }

    @Test
    void optionsReachTheCatalogWithPriceDifferencesAsStringsOrNumbers() throws Exception {
        List<ProductOption> d = created("{\"sku\":\"A\",\"options\":[{\"name\":\"Colour\",\"values\":[{\"value\":\"Red\"},"
                + "{\"value\":\"Blue\",\"priceDelta\":\"2.50\"},{\"value\":\"Black\",\"priceDelta\":-0.5}]}]}");
        assertEquals(List.of(new ProductOption("Colour", List.of(new ProductOption.Value("Red", null),
                new ProductOption.Value("Blue", new BigDecimal("2.50")), new ProductOption.Value("Black", new BigDecimal("-0.5"))))),
                d);
        assertNull(created("{\"sku\":\"B\"}"), "absent: none given");
    }

    @Test
    void badOptionsAreA400NamingTheFieldByIndex() {
        for (var bad : List.of(
                List.of("{\"options\":[{\"name\":\"C\",\"values\":[{\"value\":\"R\"},{\"value\":\"B\",\"priceDelta\":\"two\"}]}]}",
                        "options[0].values[1].priceDelta"),
                List.of("{\"options\":[{\"name\":\"C\",\"values\":[{\"value\":\"R\",\"priceDelta\":1e-999999999}]}]}",
                        "options[0].values[0].priceDelta"),
                List.of("{\"options\":[{\"name\":\"C\",\"values\":[{\"value\":\"R\"}]},null]}", "options[1]"),
                List.of("{\"options\":[{\"name\":\"C\",\"values\":[null]}]}", "options[0].values[0]"))) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> created(bad.get(0)), bad.get(0));
            assertEquals(400, e.status());
            assertEquals(bad.get(1), e.field());
        }
        assertEquals("price", assertThrows(UnrecognizedPropertyException.class, () -> mapper.readValue(
                "{\"options\":[{\"name\":\"C\",\"values\":[{\"value\":\"R\",\"price\":1}]}]}", NewProduct.class))
                .getPropertyName(), "an unknown field inside an option is refused by name too");
        verifyNoInteractions(catalog);
    }

    @Test
    void aPatchLeavesAbsentOptionsAndNullOrAnEmptyListRemovesThem() throws Exception {
        when(catalog.update(eq("p-1"), any())).thenReturn(Optional.of(product("A")));
        ProductsResource products = new ProductsResource(catalog);
        var draft = org.mockito.ArgumentCaptor.forClass(ProductDraft.class);
        products.update("p-1", mapper.readValue("{\"price\":1}", ProductChanges.class));
        products.update("p-1", mapper.readValue("{\"options\":null}", ProductChanges.class));
        products.update("p-1", mapper.readValue("{\"options\":[]}", ProductChanges.class));
        products.update("p-1", mapper.readValue("{\"options\":[{\"name\":\"Size\",\"values\":[{\"value\":\"L\"}]}]}",
                ProductChanges.class));
        verify(catalog, org.mockito.Mockito.times(4)).update(eq("p-1"), draft.capture());
        assertNull(draft.getAllValues().get(0).options(), "absent options stay");
        assertEquals(List.of(), draft.getAllValues().get(1).options());
        assertEquals(List.of(), draft.getAllValues().get(2).options());
        assertEquals("Size", draft.getAllValues().get(3).options().get(0).name());
    }

    @Test
    void answersCarryOptionsWithPriceDifferencesAsMoneyStrings() {
        Product p = new Product("id-A", "A", "Bolt", null, "pcs", new BigDecimal("4.5"), "EUR", null, null, List.of(), true,
                Instant.EPOCH, Instant.EPOCH, List.of(new ProductOption("Colour", List.of(new ProductOption.Value("Red", null),
                        new ProductOption.Value("Blue", new BigDecimal("2.5"))))));
        var view = CatalogViews.view(p);
        assertEquals("Colour", view.options().get(0).name());
        assertNull(view.options().get(0).values().get(0).priceDelta());
        assertEquals("2.50", view.options().get(0).values().get(1).priceDelta());
        assertEquals(List.of(), CatalogViews.view(product("B")).options(), "always a list");
    }
}
