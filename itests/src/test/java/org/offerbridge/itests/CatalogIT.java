package org.offerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * The catalog capability over REST on the real distribution: CRUD and search, CSV import and export in the
 * documented format, pricing rules, bad input, and tenant isolation of every endpoint.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CatalogIT extends OfferbridgeTestSupport {
    private static final String HEADER = "sku,name,aliases,unit,price,currency,stock\n";

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void ready() {
        awaitApi();
        await("the catalog endpoints", () -> get("/catalog/products", register("Probe", "business").apiKey()).status() == 200, 60);
    }

    private Answer importCsv(String key, String csv, Map<String, String> headers) {
        return send("POST", "/catalog/import", key, "text/csv", csv.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static String product(String sku, String name, String unit, String price) {
        return "{\"sku\":\"" + sku + "\",\"name\":\"" + name + "\",\"unit\":\"" + unit + "\",\"price\":\"" + price
                + "\",\"currency\":\"INR\"}";
    }

    @Test
    public void productsCanBeCreatedFoundChangedAndDeleted() {
        Workspace w = register("Bolts & Nuts", "business");
        Answer created = call("POST", "/catalog/products", w.apiKey(), "{\"sku\":\"HB-M8-40\",\"name\":\"M8 hex bolt 40mm\","
                + "\"unit\":\"pcs\",\"price\":4.5,\"currency\":\"INR\",\"taxRate\":18,\"stock\":1200,"
                + "\"aliases\":[\"hex bolt M8x40\",\"bolt 40\"]}");
        assertEquals(created.body(), 201, created.status());
        assertTrue(created.header("Location").endsWith("/catalog/products/" + created.json().get("id").asText()));
        JsonNode p = created.json();
        assertEquals("4.50", p.get("price").asText());
        assertEquals("18", p.get("taxRate").asText());
        String id = p.get("id").asText();

        assertEquals("HB-M8-40", get("/catalog/products/" + id, w.apiKey()).json().get("sku").asText());
        JsonNode found = get("/catalog/products?q=m8x40", w.apiKey()).json().get("items");
        assertEquals(1, found.size());
        assertEquals(0, get("/catalog/products?q=washer", w.apiKey()).json().get("items").size());

        Answer patched = call("PATCH", "/catalog/products/" + id, w.apiKey(), "{\"price\":\"4.25\",\"stock\":null,\"active\":false}");
        assertEquals(patched.body(), 200, patched.status());
        assertEquals("4.25", patched.json().get("price").asText());
        assertNull(patched.json().get("stock"));
        assertEquals(0, get("/catalog/products?active=true", w.apiKey()).json().get("items").size());

        assertEquals(204, call("DELETE", "/catalog/products/" + id, w.apiKey(), null).status());
        assertProblem(get("/catalog/products/" + id, w.apiKey()), 404, null);
    }

    @Test
    public void listsArePaginatedInSkuOrder() {
        Workspace w = register("Pages", "business");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 25; i++) {
            csv.append(String.format("P-%03d,Product %d,,pcs,1,EUR,%n", i, i));
        }
        assertEquals(25, importCsv(w.apiKey(), csv.toString(), Map.of()).json().get("imported").asInt());
        List<String> skus = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = get("/catalog/products?limit=10" + (cursor == null ? "" : "&cursor=" + cursor), w.apiKey()).json();
            page.get("items").forEach(i -> skus.add(i.get("sku").asText()));
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        assertEquals(25, skus.size());
        assertEquals("P-000", skus.get(0));
        assertEquals("P-024", skus.get(24));
    }

    @Test
    public void importUpsertsBySkuAndReportsBadLinesToTheSystemMessages() {
        Workspace w = register("Importer", "business");
        Answer first = importCsv(w.apiKey(), HEADER
                + "HB-M8-40,M8 hex bolt 40mm,hex bolt 40|bolt m8x40,pcs,4.50,INR,1200\n"
                + "PVC-TAPE,PVC tape,insulation tape,roll,35,INR,80\n"
                + "BAD-1,Broken price,,pcs,abc,INR,1\n"
                + "BAD-2,Negative,,pcs,-2,INR,1\n"
                + "BAD-3,Odd unit,,furlong,2,INR,1\n"
                + "hb-m8-40,Duplicate,,pcs,1,INR,1\n", Map.of());
        assertEquals(first.body(), 200, first.status());
        JsonNode r = first.json();
        assertEquals(2, r.get("imported").asInt());
        assertEquals(0, r.get("updated").asInt());
        assertEquals(4, r.get("errors").size());
        assertEquals(4, r.get("errors").get(0).get("line").asInt());
        assertEquals("price is not a number: 'abc'", r.get("errors").get(0).get("message").asText());

        JsonNode messages = get("/system-messages", w.apiKey()).json().get("items");
        assertEquals(messages.toString(), 1, messages.size());
        String text = messages.get(0).get("message").asText();
        assertTrue(text, text.contains("1 duplicate SKU (line 7)") && text.contains("1 negative price (line 5)")
                && text.contains("1 unknown unit (line 6)"));
        assertEquals("catalog", messages.get(0).get("source").asText());

        Answer second = importCsv(w.apiKey(), "sku,name,unit,price,currency\nHB-M8-40,M8 hex bolt 40 mm,pcs,4.20,INR\n"
                + "NEW-1,Washer M8,pcs,0.35,INR\n", Map.of());
        assertEquals(1, second.json().get("imported").asInt());
        assertEquals(1, second.json().get("updated").asInt());
        JsonNode bolt = get("/catalog/products?q=hb-m8-40", w.apiKey()).json().get("items").get(0);
        assertEquals("4.20", bolt.get("price").asText());
        assertTrue("money is a decimal string", bolt.get("price").isTextual());
        assertEquals("1200", bolt.get("stock").asText());
        assertTrue("a quantity is a plain JSON number", bolt.get("stock").isNumber());
        assertFalse(bolt.toString().contains("E+"));
        assertEquals("columns absent from the file keep their values", 2, bolt.get("aliases").size());
    }

    @Test
    public void aFatalImportErrorOrADryRunAppliesNothing() {
        Workspace w = register("Careful", "business");
        importCsv(w.apiKey(), HEADER + "A-1,Alpha,,pcs,1,EUR,\n", Map.of());
        String before = get("/catalog/export", w.apiKey()).body();
        assertTrue(before, before.contains("A-1,Alpha"));

        assertProblem(importCsv(w.apiKey(), "sku,name,price\nA-1,Changed,9\n", Map.of()), 400, "header");
        assertProblem(importCsv(w.apiKey(), "", Map.of()), 400, "header");
        assertProblem(importCsv(w.apiKey(), HEADER + "A-1,Changed,,pcs,9,EUR,\nB-1,\"never closed,,pcs,1,EUR,\n", Map.of()),
                400, "body");
        byte[] latin1 = (HEADER + "A-1,Caf\u00e9 changed,,pcs,9,EUR,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(send("POST", "/catalog/import", w.apiKey(), "text/csv", latin1, Map.of()), 400, "body");

        Answer dryRun = send("POST", "/catalog/import?dryRun=true", w.apiKey(), "text/csv",
                (HEADER + "A-1,Changed,,pcs,9,EUR,\nA-9,Dry,,pcs,1,EUR,\n").getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(dryRun.body(), 200, dryRun.status());
        assertTrue(dryRun.json().get("dryRun").asBoolean());
        assertEquals(1, dryRun.json().get("imported").asInt());
        assertEquals(1, dryRun.json().get("updated").asInt());

        assertEquals("nothing of the refused files or the dry run was applied", before, get("/catalog/export", w.apiKey()).body());
    }

    @Test
    public void largeImportsAreStreamedAndExportRoundTrips() {
        Workspace w = register("Big Catalog", "business");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 20_000; i++) {
            csv.append("SKU-").append(i).append(",Product number ").append(i).append(" with a longer name,alias ").append(i)
                    .append("|other ").append(i).append(",pcs,").append(i % 500).append(".25,EUR,").append(i % 7).append('\n');
        }
        assertTrue("above the 1 MiB JSON body limit", csv.length() > 1_100_000);
        Answer a = send("POST", "/catalog/import", w.apiKey(), "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                Map.of("Idempotency-Key", "big-1"));
        assertEquals(a.body(), 200, a.status());
        assertEquals(20_000, a.json().get("imported").asInt());

        Answer replay = send("POST", "/catalog/import", w.apiKey(), "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                Map.of("Idempotency-Key", "big-1"));
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals("a replay creates nothing twice", 20_000, replay.json().get("imported").asInt());

        Answer export = get("/catalog/export", w.apiKey());
        assertEquals(200, export.status());
        assertTrue(export.header("Content-Type").startsWith("text/csv"));
        String[] lines = export.body().split("\n");
        assertEquals(20_001, lines.length);
        assertEquals("sku,name,aliases,unit,price,currency,stock,tax_rate,description,active,options", lines[0]);

        Answer again = send("POST", "/catalog/import", w.apiKey(), "text/csv", export.body().getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(0, again.json().get("imported").asInt());
        assertEquals(20_000, again.json().get("updated").asInt());
        assertEquals(0, again.json().get("errors").size());
    }

    @Test
    public void priceListsAndVolumeBreaksDecideTheUnitPrice() {
        Workspace w = register("Pricing", "business");
        assertEquals(201, call("POST", "/catalog/products", w.apiKey(), product("BOLT", "Bolt", "pcs", "10")).status());
        assertEquals(201, call("POST", "/catalog/pricing-rules", w.apiKey(),
                "{\"sku\":\"BOLT\",\"minQuantity\":100,\"unitPrice\":\"9.00\"}").status());
        String list = call("POST", "/catalog/price-lists", w.apiKey(), "{\"name\":\"Wholesale\",\"discountPercent\":5}")
                .json().get("id").asText();
        assertEquals(201, call("POST", "/catalog/price-lists/" + list + "/rules", w.apiKey(),
                "{\"minQuantity\":500,\"discountPercent\":20}").status());

        assertEquals("10.00", get("/catalog/price?sku=BOLT&quantity=5", w.apiKey()).json().get("unitPrice").asText());
        assertEquals("9.00", get("/catalog/price?sku=BOLT&quantity=100", w.apiKey()).json().get("unitPrice").asText());
        assertEquals("9.50", get("/catalog/price?sku=BOLT&quantity=5&priceList=" + list, w.apiKey()).json().get("unitPrice").asText());
        JsonNode big = get("/catalog/price?sku=BOLT&quantity=500&priceList=" + list, w.apiKey()).json();
        assertEquals("8.00", big.get("unitPrice").asText());
        assertEquals("volume-break", big.get("basis").asText());

        assertProblem(call("POST", "/catalog/pricing-rules", w.apiKey(), "{\"minQuantity\":10,\"unitPrice\":1,\"discountPercent\":3}"),
                400, "unitPrice");
        assertProblem(call("POST", "/catalog/pricing-rules", w.apiKey(), "{\"sku\":\"NOPE\",\"minQuantity\":10,\"unitPrice\":1}"),
                400, "sku");
        assertProblem(get("/catalog/price?sku=BOLT&quantity=-1", w.apiKey()), 400, "quantity");
        // an exponent no one writes is refused naming the field, as a number or as a string
        assertProblem(call("POST", "/catalog/price-lists", w.apiKey(), "{\"name\":\"Tiny\",\"discountPercent\":1e-999999999}"),
                400, "discountPercent");
        assertProblem(call("POST", "/catalog/pricing-rules", w.apiKey(), "{\"minQuantity\":10,\"discountPercent\":\"1e-999999999\"}"),
                400, "discountPercent");
        assertProblem(call("PATCH", "/catalog/price-lists/" + list, w.apiKey(), "{\"discountPercent\":1e-999999999}"),
                400, "discountPercent");
    }

    @Test
    public void badInputIsA4xxNamingTheFieldAndWritesNothing() {
        Workspace w = register("Strict", "business");
        assertProblem(call("POST", "/catalog/products", w.apiKey(), product("A", "Alpha", "pcs", "-1")), 400, "price");
        assertProblem(call("POST", "/catalog/products", w.apiKey(), product("A", "Alpha", "furlong", "1")), 400, "unit");
        assertProblem(call("POST", "/catalog/products", w.apiKey(), product("A B", "Alpha", "pcs", "1")), 400, "sku");
        assertProblem(call("POST", "/catalog/products", w.apiKey(), product("A", "", "pcs", "1")), 400, "name");
        assertProblem(call("POST", "/catalog/products", w.apiKey(), "{\"sku\":\"A\",\"name\":\"A\",\"unit\":\"pcs\",\"price\":1,"
                + "\"currency\":\"XX\"}"), 400, "currency");
        assertProblem(call("POST", "/catalog/products", w.apiKey(), "{\"sku\":\"A\",\"colour\":\"red\"}"), 400, "colour");
        assertProblem(call("POST", "/catalog/products", w.apiKey(), "[1,2]"), 400, "body");
        assertProblem(get("/catalog/products?limit=0", w.apiKey()), 400, "limit");
        assertEquals(0, get("/catalog/products", w.apiKey()).json().get("items").size());

        assertEquals(201, call("POST", "/catalog/products", w.apiKey(), product("A", "Alpha", "pcs", "1")).status());
        assertProblem(call("POST", "/catalog/products", w.apiKey(), product("a", "Again", "pcs", "1")), 409, "sku");
        String id = get("/catalog/products", w.apiKey()).json().get("items").get(0).get("id").asText();
        assertProblem(call("PATCH", "/catalog/products/" + id, w.apiKey(), "{\"price\":null}"), 400, "price");
        assertProblem(call("PATCH", "/catalog/products/" + id, w.apiKey(), "{\"price\":\"lots\"}"), 400, "price");
        assertProblem(call("PATCH", "/catalog/products/" + id, w.apiKey(), "{\"price\":true}"), 400, "price");
        assertProblem(call("PATCH", "/catalog/products/" + id, w.apiKey(), "{\"aliases\":\"one\"}"), 400, "aliases");
        assertEquals("1.00", get("/catalog/products/" + id, w.apiKey()).json().get("price").asText());

        Answer sales = call("POST", "/api-keys", w.apiKey(), "{\"name\":\"sales desk\",\"role\":\"sales\"}");
        String salesKey = sales.json().get("key").asText();
        assertEquals(200, get("/catalog/products", salesKey).status());
        assertProblem(call("POST", "/catalog/products", salesKey, product("S", "Sales made", "pcs", "1")), 403, null);
        assertProblem(importCsv(salesKey, HEADER + "S,Sales made,,pcs,1,EUR,\n", Map.of()), 403, null);
        assertProblem(call("PATCH", "/catalog/products/" + id, salesKey, "{\"price\":2}"), 403, null);
    }

    @Test
    public void anotherTenantsCatalogIsAlways404AndNeverListed() {
        Workspace a = register("Tenant A", "business");
        Workspace b = register("Tenant B", "business");
        String productId = call("POST", "/catalog/products", a.apiKey(), product("SECRET-1", "Secret bolt", "pcs", "7")).json()
                .get("id").asText();
        String listId = call("POST", "/catalog/price-lists", a.apiKey(), "{\"name\":\"A only\"}").json().get("id").asText();
        String ruleId = call("POST", "/catalog/price-lists/" + listId + "/rules", a.apiKey(),
                "{\"minQuantity\":2,\"unitPrice\":1}").json().get("id").asText();
        String globalRule = call("POST", "/catalog/pricing-rules", a.apiKey(), "{\"minQuantity\":2,\"discountPercent\":1}")
                .json().get("id").asText();

        assertProblem(get("/catalog/products/" + productId, b.apiKey()), 404, null);
        assertProblem(call("PATCH", "/catalog/products/" + productId, b.apiKey(), "{\"price\":1}"), 404, null);
        assertProblem(call("DELETE", "/catalog/products/" + productId, b.apiKey(), null), 404, null);
        assertProblem(get("/catalog/price?sku=SECRET-1", b.apiKey()), 404, null);
        assertProblem(get("/catalog/price-lists/" + listId, b.apiKey()), 404, null);
        assertProblem(call("PATCH", "/catalog/price-lists/" + listId, b.apiKey(), "{\"name\":\"x\"}"), 404, null);
        assertProblem(get("/catalog/price-lists/" + listId + "/rules", b.apiKey()), 404, null);
        assertProblem(call("POST", "/catalog/price-lists/" + listId + "/rules", b.apiKey(), "{\"minQuantity\":1,\"unitPrice\":1}"), 404, null);
        assertProblem(call("DELETE", "/catalog/price-lists/" + listId + "/rules/" + ruleId, b.apiKey(), null), 404, null);
        assertProblem(call("DELETE", "/catalog/pricing-rules/" + globalRule, b.apiKey(), null), 404, null);
        assertProblem(call("DELETE", "/catalog/price-lists/" + listId, b.apiKey(), null), 404, null);
        assertProblem(call("POST", "/catalog/pricing-rules", b.apiKey(), "{\"sku\":\"SECRET-1\",\"minQuantity\":1,\"unitPrice\":1}"),
                400, "sku");

        assertEquals(0, get("/catalog/products?q=secret", b.apiKey()).json().get("items").size());
        assertEquals(0, get("/catalog/price-lists", b.apiKey()).json().get("items").size());
        assertEquals(0, get("/catalog/pricing-rules", b.apiKey()).json().get("items").size());
        Answer exportB = get("/catalog/export", b.apiKey());
        assertEquals(200, exportB.status());
        assertTrue(exportB.body().startsWith("sku,name,aliases,unit,price,currency,stock"));
        assertFalse(exportB.body().contains("SECRET-1"));

        // the same SKU imported by B is B's own product; A's stays as it was
        Answer imported = importCsv(b.apiKey(), HEADER + "SECRET-1,B's bolt,,pcs,99,INR,\n", Map.of());
        assertEquals(1, imported.json().get("imported").asInt());
        assertEquals("7.00", get("/catalog/products/" + productId, a.apiKey()).json().get("price").asText());
        assertEquals("99.00", get("/catalog/price?sku=SECRET-1", b.apiKey()).json().get("unitPrice").asText());
        assertEquals(1, get("/catalog/price-lists", a.apiKey()).json().get("items").size());
    }

    @Test
    public void theOpenApiDocumentDescribesTheCatalog() {
        JsonNode paths = get("/openapi.json", null).json().get("paths");
        assertTrue(paths.has("/catalog/import"));
        assertTrue(paths.has("/catalog/products/{id}"));
    }

    @Test
    public void anExportedFormulaIsNeutralisedAndReimportsUnchanged() {
        Workspace w = register("Formula Shop", "business");
        Workspace other = register("Formula Neighbour", "business");
        String formula = "=HYPERLINK(\"http://evil.example\",\"Click\")";
        String csv = HEADER + "FX-1,\"" + formula.replace("\"", "\"\"") + "\",@SUM(A1)|plain alias,pcs,5,EUR,3\n";
        Answer imported = importCsv(w.apiKey(), csv, Map.of());
        assertEquals(imported.body(), 1, imported.json().get("imported").asInt());

        String export = get("/catalog/export", w.apiKey()).body();
        assertTrue(export, export.contains("FX-1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",'@SUM(A1)|plain alias,pcs,5"));
        assertFalse(export, export.contains(",\"=HYPERLINK"));

        Answer again = send("POST", "/catalog/import", w.apiKey(), "text/csv", export.getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(again.body(), 200, again.status());
        assertEquals("the re-import changes nothing", export, get("/catalog/export", w.apiKey()).body());
        JsonNode items = get("/catalog/products", w.apiKey()).json().get("items");
        assertEquals(1, items.size());
        assertEquals(formula, items.get(0).get("name").asText());
        assertEquals("@SUM(A1)", items.get(0).get("aliases").get(0).asText());
        assertFalse(get("/catalog/export", other.apiKey()).body().contains("FX-1"));
    }

    private static final String COLOUR_AND_SIZE = "[{\"name\":\"Colour\",\"values\":[{\"value\":\"Red\"},"
            + "{\"value\":\"Blue\",\"priceDelta\":\"2.50\"}]},{\"name\":\"Size (EU)\",\"values\":[{\"value\":\"S\",\"priceDelta\":-1},"
            + "{\"value\":\"M\"},{\"value\":\"L; XL\",\"priceDelta\":0}]}]";

    private static String productWithOptions(String sku, String options) {
        return "{\"sku\":\"" + sku + "\",\"name\":\"Gloves\",\"unit\":\"pair\",\"price\":\"120\",\"currency\":\"INR\","
                + "\"options\":" + options + "}";
    }

    @Test
    public void optionsRoundTripThroughRestAndCsv() {
        Workspace w = register("Options Shop", "business");
        Answer created = call("POST", "/catalog/products", w.apiKey(), productWithOptions("GL-1", COLOUR_AND_SIZE));
        assertEquals(created.body(), 201, created.status());
        String id = created.json().get("id").asText();
        String expected = "[{\"name\":\"Colour\",\"values\":[{\"value\":\"Red\"},{\"value\":\"Blue\",\"priceDelta\":\"2.50\"}]},"
                + "{\"name\":\"Size (EU)\",\"values\":[{\"value\":\"S\",\"priceDelta\":\"-1.00\"},{\"value\":\"M\"},{\"value\":\"L; XL\"}]}]";
        assertEquals("amounts as money strings, zero as none", expected, created.json().get("options").toString());
        assertEquals(expected, get("/catalog/products/" + id, w.apiKey()).json().get("options").toString());
        assertEquals(expected, get("/catalog/products?q=gl-1", w.apiKey()).json().get("items").get(0).get("options").toString());
        assertEquals(201, call("POST", "/catalog/products", w.apiKey(), product("PLAIN", "Plain", "pcs", "1")).status());
        assertEquals("[]", get("/catalog/products?q=plain", w.apiKey()).json().get("items").get(0).get("options").toString());

        // the export writes one cell; importing the export back changes nothing
        String export = get("/catalog/export", w.apiKey()).body();
        assertTrue(export, export.contains(",true,Colour=Red|Blue(+2.50); Size \\(EU\\)=S(-1.00)|M|L\\; XL\n"));
        Answer again = send("POST", "/catalog/import", w.apiKey(), "text/csv", export.getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(again.body(), 2, again.json().get("updated").asInt());
        assertEquals(0, again.json().get("errors").size());
        assertEquals("the round trip changes nothing", export, get("/catalog/export", w.apiKey()).body());
        assertEquals(expected, get("/catalog/products/" + id, w.apiKey()).json().get("options").toString());

        // a file without the column keeps the options; an empty cell removes them; a cell sets them on a new product
        importCsv(w.apiKey(), HEADER + "GL-1,Gloves,,pair,125,INR,\n", Map.of());
        assertEquals(expected, get("/catalog/products/" + id, w.apiKey()).json().get("options").toString());
        Answer cells = importCsv(w.apiKey(), "sku,name,unit,price,currency,options\nGL-1,Gloves,pair,125,INR,\nGL-2,Paint,pcs,10,INR,Finish=Gloss|Matt(+1.5)\n"
                + "GL-3,Bad,pcs,1,INR,Finish=Gloss|gloss\n", Map.of());
        assertEquals(cells.body(), 1, cells.json().get("imported").asInt());
        assertEquals("options[0].values[1].value", cells.json().get("errors").get(0).get("field").asText());
        assertEquals("[]", get("/catalog/products/" + id, w.apiKey()).json().get("options").toString());
        assertEquals("[{\"name\":\"Finish\",\"values\":[{\"value\":\"Gloss\"},{\"value\":\"Matt\",\"priceDelta\":\"1.50\"}]}]",
                get("/catalog/products?q=gl-2", w.apiKey()).json().get("items").get(0).get("options").toString());

        // PATCH: options replace all; absent keeps them; null removes them
        Answer patched = call("PATCH", "/catalog/products/" + id, w.apiKey(), "{\"options\":" + COLOUR_AND_SIZE + "}");
        assertEquals(patched.body(), 200, patched.status());
        assertEquals(expected, patched.json().get("options").toString());
        assertEquals(expected, call("PATCH", "/catalog/products/" + id, w.apiKey(), "{\"price\":\"130\"}").json().get("options").toString());
        assertEquals("[]", call("PATCH", "/catalog/products/" + id, w.apiKey(), "{\"options\":null}").json().get("options").toString());
    }

    @Test
    public void badOptionsAreA400NamingTheFieldAndWriteNothing() {
        Workspace w = register("Options Strict", "business");
        assertProblem(call("POST", "/catalog/products", w.apiKey(), productWithOptions("A",
                "[{\"name\":\"Colour\",\"values\":[{\"value\":\"Red\"}]},{\"name\":\"Size\",\"values\":[{\"value\":\"S\"},{\"value\":\"s\"}]}]")),
                400, "options[1].values[1].value");
        assertProblem(call("POST", "/catalog/products", w.apiKey(), productWithOptions("A",
                "[{\"name\":\"Colour\",\"values\":[{\"value\":\"Red\"}]},{\"name\":\"colour\",\"values\":[{\"value\":\"S\"}]}]")),
                400, "options[1].name");
        assertProblem(call("POST", "/catalog/products", w.apiKey(), productWithOptions("A",
                "[{\"name\":\"Colour\",\"values\":[{\"value\":\"Red\",\"priceDelta\":1e-999999999}]}]")), 400, "options[0].values[0].priceDelta");
        assertProblem(call("POST", "/catalog/products", w.apiKey(), productWithOptions("A",
                "[{\"name\":\"Colour\",\"values\":[{\"value\":\"Red\",\"priceDelta\":\"1e-999999999\"}]}]")), 400, "options[0].values[0].priceDelta");
        assertProblem(call("POST", "/catalog/products", w.apiKey(), productWithOptions("A",
                "[{\"name\":\"Colour\",\"values\":[{\"value\":\"Red\",\"priceDelta\":\"0.00001\"}]}]")), 400, "options[0].values[0].priceDelta");
        assertProblem(call("POST", "/catalog/products", w.apiKey(), productWithOptions("A",
                "[{\"name\":\"" + "x".repeat(61) + "\",\"values\":[{\"value\":\"Red\"}]}]")), 400, "options[0].name");
        assertProblem(call("POST", "/catalog/products", w.apiKey(), productWithOptions("A", "[{\"name\":\"Colour\",\"values\":[]}]")),
                400, "options[0].values");
        assertProblem(call("POST", "/catalog/products", w.apiKey(), productWithOptions("A", "[{\"name\":\"Colour\"}]")), 400, "options[0].values");
        StringBuilder eleven = new StringBuilder("[");
        for (int i = 0; i < 11; i++) {
            eleven.append(i == 0 ? "" : ",").append("{\"name\":\"O").append(i).append("\",\"values\":[{\"value\":\"v\"}]}");
        }
        assertProblem(call("POST", "/catalog/products", w.apiKey(), productWithOptions("A", eleven + "]")), 400, "options");
        assertProblem(call("POST", "/catalog/products", w.apiKey(), productWithOptions("A", "\"Colour=Red\"")), 400, "options");
        assertEquals("nothing was written", 0, get("/catalog/products", w.apiKey()).json().get("items").size());

        String id = call("POST", "/catalog/products", w.apiKey(), productWithOptions("A", COLOUR_AND_SIZE)).json().get("id").asText();
        assertProblem(call("PATCH", "/catalog/products/" + id, w.apiKey(), "{\"price\":\"1\",\"options\":[{\"name\":\"Colour\","
                + "\"values\":[{\"value\":\"Red\\u0007\"}]}]}"), 400, "options[0].values[0].value");
        JsonNode unchanged = get("/catalog/products/" + id, w.apiKey()).json();
        assertEquals("120.00", unchanged.get("price").asText());
        assertEquals(2, unchanged.get("options").size());

        Answer sales = call("POST", "/api-keys", w.apiKey(), "{\"name\":\"sales desk\",\"role\":\"sales\"}");
        assertProblem(call("PATCH", "/catalog/products/" + id, sales.json().get("key").asText(), "{\"options\":[]}"), 403, null);
        assertEquals(2, get("/catalog/products/" + id, w.apiKey()).json().get("options").size());
    }

    @Test
    public void anotherTenantCannotSeeOrChangeOptions() {
        Workspace a = register("Options A", "business");
        Workspace b = register("Options B", "business");
        String id = call("POST", "/catalog/products", a.apiKey(), productWithOptions("SECRET-OPT", COLOUR_AND_SIZE)).json().get("id").asText();
        assertProblem(get("/catalog/products/" + id, b.apiKey()), 404, null);
        assertProblem(call("PATCH", "/catalog/products/" + id, b.apiKey(), "{\"options\":[]}"), 404, null);
        assertFalse(get("/catalog/export", b.apiKey()).body().contains("Colour"));
        assertEquals(2, get("/catalog/products/" + id, a.apiKey()).json().get("options").size());
    }
}
