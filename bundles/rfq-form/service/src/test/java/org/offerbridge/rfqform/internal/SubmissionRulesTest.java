package org.offerbridge.rfqform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offerbridge.channels.spi.InboundBatch.InboundItem;
import org.offerbridge.platform.api.rest.ProblemException;

/** The rules of a submission and how a browser's fields become the items handed to the channel. */
class SubmissionRulesTest {
    private static final List<String> REQUIRED = List.of("name", "email");

    private static SubmissionRules.Outcome check(SubmissionRules.Input in) {
        return SubmissionRules.check(in, REQUIRED, sku -> true, Catalogs::bySku, false);
    }

    private static List<String> fields(SubmissionRules.Outcome o) {
        return o.errors().stream().map(SubmissionRules.FieldError::field).toList();
    }

    @Test
    void aBrowsersRowsBecomeItemsWithTheirOptionsInTheProductsOrder() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "Anil Sharma");
        form.put("email", "Anil@Sharma.example");
        form.put("items.0.sku", "DOOR-1");
        form.put("items.0.quantity", "2");
        form.put("items.0.option.Handle", "right"); // a value matched without regard to case, kept as the catalog writes it
        form.put("items.0.option.Colour", "Red");
        form.put("items.1.sku", "HB-M8-40");
        form.put("items.1.quantity", ""); // not chosen
        form.put("items.2.sku", "HB-M8-40");
        form.put("items.2.quantity", "12,5");
        SubmissionRules.Input in = PublicFormResource.input(form);
        assertEquals(2, in.items().size());
        assertEquals(2, in.items().get(1).row());
        SubmissionRules.Checked c = check(in).orThrow();
        assertEquals("anil@sharma.example", c.email());
        assertEquals(List.of(new InboundItem("DOOR-1", new BigDecimal("2"), linked("Colour", "Red", "Handle", "Right")),
                new InboundItem("HB-M8-40", new BigDecimal("12.5"), Map.of())), c.items());
        assertEquals(List.of("Colour", "Handle"), List.copyOf(c.items().get(0).options().keySet()));
    }

    @Test
    void zeroQuantitiesAreNotChosenAndNothingChosenWithoutAMessageIsAProblemNamingItems() {
        Map<String, String> form = Map.of("name", "A", "email", "a@b.example", "items.0.sku", "HB-M8-40", "items.0.quantity", "0,00");
        SubmissionRules.Input in = PublicFormResource.input(form);
        assertEquals(List.of(), in.items());
        assertEquals(List.of("items"), fields(check(in)));
        ProblemException e = assertThrows(ProblemException.class, () -> check(in).orThrow());
        assertEquals("items", e.field());
        // a message alone asks for something, and so do files alone
        assertEquals(List.of(), check(new SubmissionRules.Input("A", "a@b.example", null, null, "10 doors please", List.of())).errors());
        assertEquals(List.of(), SubmissionRules.check(new SubmissionRules.Input("A", "a@b.example", null, null, null, List.of()), REQUIRED,
                s -> true, Catalogs::bySku, true).errors());
    }

    @Test
    void everyProblemIsCollectedWithTheFieldAsTheApiNamesIt() {
        SubmissionRules.Input in = new SubmissionRules.Input(null, "not-an-email", "12", null, null, List.of(
                new SubmissionRules.ItemInput("DOOR-1", "1", Map.of("Colour", "Blue"), 0),
                new SubmissionRules.ItemInput("DOOR-1", "1", Map.of("Size", "XL"), 1),
                new SubmissionRules.ItemInput("HB-M8-40", "-3", Map.of(), 2),
                new SubmissionRules.ItemInput("OLD-1", "1", Map.of(), 3),
                new SubmissionRules.ItemInput("NOPE", "1", Map.of(), 4),
                new SubmissionRules.ItemInput("HB-M8-40", "1.00001", Map.of(), 5)));
        SubmissionRules.Outcome o = check(in);
        assertNull(o.checked());
        assertEquals(List.of("name", "email", "phone", "items[0].options.Colour", "items[1].options", "items[2].quantity", "items[3].sku",
                "items[4].sku", "items[5].quantity"), fields(o));
        assertEquals("error.required", o.errors().get(0).key());
        assertEquals("error.email", o.errors().get(1).key());
        assertEquals("error.phone", o.errors().get(2).key());
    }

    @Test
    void aProductTheFormDoesNotOfferIsRefused() {
        SubmissionRules.Input in = new SubmissionRules.Input("A", "a@b.example", null, null, null,
                List.of(new SubmissionRules.ItemInput("HB-M8-40", "1", Map.of(), 0)));
        assertEquals(List.of("items[0].sku"), fields(SubmissionRules.check(in, REQUIRED, "DOOR-1"::equalsIgnoreCase, Catalogs::bySku, false)));
    }

    @Test
    void theFormsErrorsStandNextToTheRowTheyConcern() {
        SubmissionRules.Input in = new SubmissionRules.Input(null, null, null, null, null, List.of(
                new SubmissionRules.ItemInput("DOOR-1", "x", Map.of(), 3), new SubmissionRules.ItemInput("DOOR-1", "1", Map.of(), 7)));
        assertEquals("items.3.quantity", PublicFormResource.formField("items[0].quantity", in));
        assertEquals("items.7.option.Colour", PublicFormResource.formField("items[1].options.Colour", in));
        assertEquals("items.7.quantity", PublicFormResource.formField("items[1].sku", in));
        assertEquals("email", PublicFormResource.formField("email", in));
    }

    @Test
    void quantitiesArePositiveDecimalsOfAtMostFourPlaces() {
        assertEquals(new BigDecimal("12"), SubmissionRules.quantity(" 12 "));
        assertEquals(new BigDecimal("2.5"), SubmissionRules.quantity("2,50"));
        assertEquals(new BigDecimal("100"), SubmissionRules.quantity("100"));
        for (String bad : List.of("0", "-1", "1e3", "abc", "1.23456", "", "10000000001")) {
            assertNull(SubmissionRules.quantity(bad), bad);
        }
    }

    private static Map<String, String> linked(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
