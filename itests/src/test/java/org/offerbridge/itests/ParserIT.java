package org.offerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;


import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * POST /parse on the real distribution: the documented shape, prices and stock from the tenant's catalog,
 * a tenant's parse only ever sees its own catalog, empty and oversized messages, bad input and metering.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ParserIT extends OfferbridgeTestSupport {

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void ready() {
        awaitApi();
        await("the parse endpoint", () -> call("POST", "/parse", register("Probe", "business").apiKey(), "{\"text\":\"\"}").status() == 200, 90);
    }

    private static String parseBody(String text) {
        return "{\"text\":\"" + text.replace("\"", "\\\"") + "\",\"channel\":\"email\"}";
    }

    @Test
    public void aMessageBecomesCatalogLinesWithPriceAndStock() {
        Workspace w = withHardwareCatalog("Bolts Ltd");
        Answer a = call("POST", "/parse", w.apiKey(), parseBody("Hi, please quote 12 M8 hex bolts 40mm and 2 rolls of PVC tape"));
        assertEquals(a.body(), 200, a.status());
        JsonNode r = a.json();
        assertEquals("en", r.get("language").asText());
        JsonNode lines = r.get("lines");
        assertEquals(r.toString(), 2, lines.size());
        JsonNode bolt = lines.get(0).get("sku").asText().equals("HB-M8-40") ? lines.get(0) : lines.get(1);
        assertEquals("HB-M8-40", bolt.get("sku").asText());
        assertEquals(12, bolt.get("quantity").asInt());
        assertEquals("4.50", bolt.get("unitPrice").asText());
        assertEquals("INR", bolt.get("currency").asText());
        assertTrue(bolt.get("inStock").asBoolean());
        assertTrue(bolt.get("confidence").asDouble() > 0 && bolt.get("confidence").asDouble() <= 1);
        assertTrue(r.get("unmatched").isArray());
    }

    @Test
    public void quantitiesAreJsonNumbersAndMoneyDecimalStrings() {
        Workspace w = withHardwareCatalog("Plain Parser");
        Answer a = call("POST", "/parse", w.apiKey(), parseBody("please quote 20 M8 hex bolts 40mm and 30 rolls of glitter"));
        assertEquals(a.body(), 200, a.status());
        assertTrue(a.body(), a.body().matches("(?s).*\"quantity\"\\s*:\\s*20[,}].*"));
        assertFalse(a.body(), a.body().contains("E+"));
        JsonNode bolt = a.json().get("lines").get(0);
        assertTrue(bolt.toString(), bolt.get("quantity").isNumber());
        assertTrue(bolt.toString(), bolt.get("unitPrice").isTextual());
        assertEquals("4.50", bolt.get("unitPrice").asText());
        for (JsonNode u : a.json().get("unmatched")) {
            assertTrue(u.toString(), !u.has("quantity") || u.get("quantity").isNumber());
        }
    }

    @Test
    public void aTenantsParseOnlySeesItsOwnCatalog() {
        withHardwareCatalog("Owner of the bolts");
        Workspace other = register("Empty catalog", "business");
        JsonNode r = call("POST", "/parse", other.apiKey(), parseBody("please quote 12 M8 hex bolts 40mm")).json();
        assertEquals(r.toString(), 0, r.get("lines").size());
    }

    @Test
    public void emptyAndOversizedMessagesAndBadInput() {
        Workspace w = withHardwareCatalog("Strict parser");
        JsonNode empty = call("POST", "/parse", w.apiKey(), "{\"text\":\"\"}").json();
        assertEquals(0, empty.get("lines").size());
        assertEquals(0, empty.get("unmatched").size());
        assertProblem(call("POST", "/parse", w.apiKey(), "{\"text\":\"" + "a".repeat(20_001) + "\"}"), 400, "text");
        assertProblem(call("POST", "/parse", w.apiKey(), "{\"channel\":\"email\"}"), 400, "text");
        assertProblem(call("POST", "/parse", w.apiKey(), "{\"text\":\"hi\",\"channel\":\"pigeon\"}"), 400, "channel");
        assertProblem(call("POST", "/parse", w.apiKey(), "{\"text\":\"hi\",\"colour\":\"red\"}"), 400, "colour");
        assertProblem(call("POST", "/parse", null, parseBody("hi")), 401, null);
    }

    @Test
    public void everyParseCountsAgainstThePlan() {
        Workspace w = withHardwareCatalog("Metered");
        long before = parses(w);
        call("POST", "/parse", w.apiKey(), parseBody("2 rolls of PVC tape"));
        call("POST", "/parse", w.apiKey(), parseBody("3 rolls of PVC tape"));
        assertEquals(before + 2, parses(w));
    }

    private long parses(Workspace w) {
        for (JsonNode q : get("/usage", w.apiKey()).json().get("quotas")) {
            if (q.get("metric").asText().equals("parsesPerMonth")) {
                return q.get("used").asLong();
            }
        }
        throw new AssertionError("no parsesPerMonth in /usage");
    }
}
