package org.offerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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
 * POST /requests on the real distribution: stored, parsed into a proposal, linked to a customer card; a
 * retried delivery stored once; bad input stores nothing; another tenant's requests are 404 and never listed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RequestsIT extends OfferbridgeTestSupport {

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void ready() {
        awaitApi();
        await("the requests endpoint", () -> get("/requests", register("Probe", "business").apiKey()).status() == 200, 90);
    }

    private static String request(String text) {
        return "{\"channel\":\"whatsapp\",\"sender\":{\"name\":\"Ravi Kumar\",\"email\":\"Ravi@Kumar.example\",\"phone\":\"+91 98765 43210\"},"
                + "\"text\":\"" + text + "\",\"attachments\":[{\"name\":\"drawing.pdf\",\"contentType\":\"application/pdf\",\"size\":12345}]}";
    }

    @Test
    public void aRequestIsStoredParsedAndLinkedToTheCustomer() {
        Workspace w = withHardwareCatalog("Intake Hardware");
        Answer created = call("POST", "/requests", w.apiKey(), request("please send 12 M8 hex bolts 40mm and 2 rolls of PVC tape"));
        assertEquals(created.body(), 201, created.status());
        JsonNode r = created.json();
        assertEquals("proposed", r.get("status").asText());
        assertTrue(created.header("Location").endsWith("/requests/" + r.get("id").asText()));
        assertEquals("whatsapp", r.get("channel").asText());
        assertEquals("drawing.pdf", r.get("attachments").get(0).get("name").asText());
        JsonNode proposal = r.get("proposal");
        assertTrue(proposal.toString(), proposal.size() >= 2);
        assertTrue(proposal.toString(), proposal.toString().contains("\"sku\":\"HB-M8-40\""));
        String customerId = r.get("customerId").asText();
        JsonNode cards = get("/customers?q=ravi@kumar.example", w.apiKey()).json().get("items");
        assertEquals(1, cards.size());
        assertEquals(customerId, cards.get(0).get("id").asText());

        // the same sender again is the same customer
        JsonNode again = call("POST", "/requests", w.apiKey(), request("and 3 more rolls of PVC tape")).json();
        assertEquals(customerId, again.get("customerId").asText());
        assertEquals(2, get("/requests", w.apiKey()).json().get("items").size());
        assertEquals(r.get("id").asText(), get("/requests/" + r.get("id").asText(), w.apiKey()).json().get("id").asText());
    }

    @Test
    public void aRetriedDeliveryIsStoredOnce() {
        Workspace w = withHardwareCatalog("Retry Hardware");
        Answer first = call("POST", "/requests", w.apiKey(), request("2 rolls of PVC tape"), Map.of("Idempotency-Key", "wamid.HBgL123"));
        Answer retry = call("POST", "/requests", w.apiKey(), request("2 rolls of PVC tape"), Map.of("Idempotency-Key", "wamid.HBgL123"));
        assertEquals(201, first.status());
        assertEquals(first.json().get("id").asText(), retry.json().get("id").asText());
        assertEquals(1, get("/requests", w.apiKey()).json().get("items").size());
    }

    @Test
    public void badInputIsA400NamingTheFieldAndStoresNothing() {
        Workspace w = withHardwareCatalog("Strict Intake");
        assertProblem(call("POST", "/requests", w.apiKey(), "{\"channel\":\"email\"}"), 400, "text");
        assertProblem(call("POST", "/requests", w.apiKey(), "{\"channel\":\"pigeon\",\"text\":\"hi\"}"), 400, "channel");
        assertProblem(call("POST", "/requests", w.apiKey(), "{\"text\":\"hi\",\"sender\":{\"email\":\"not an email\"}}"), 400, "sender.email");
        assertProblem(call("POST", "/requests", w.apiKey(), "{\"text\":\"" + "a".repeat(20_001) + "\"}"), 400, "text");
        assertProblem(call("POST", "/requests", w.apiKey(), "{\"text\":\"hi\",\"attachments\":[{\"size\":3}]}"), 400, "attachments[0].name");
        assertEquals(0, get("/requests", w.apiKey()).json().get("items").size());
    }

    @Test
    public void anotherTenantsRequestsAre404AndNeverListed() {
        Workspace a = withHardwareCatalog("Tenant A intake");
        Workspace b = withHardwareCatalog("Tenant B intake");
        String id = call("POST", "/requests", a.apiKey(), request("12 M8 hex bolts 40mm")).json().get("id").asText();
        assertProblem(get("/requests/" + id, b.apiKey()), 404, null);
        assertEquals(0, get("/requests", b.apiKey()).json().get("items").size());
        assertEquals(0, get("/requests?channel=whatsapp", b.apiKey()).json().get("items").size());
        assertFalse(get("/customers?q=ravi", b.apiKey()).body().contains("Ravi"));
    }

    @Test
    public void requestsAreListedByTheChannelTheyCameBy() {
        Workspace w = withHardwareCatalog("Channel Filter Hardware");
        String byWhatsApp = call("POST", "/requests", w.apiKey(), request("12 M8 hex bolts 40mm")).json().get("id").asText();
        String byForm = call("POST", "/requests", w.apiKey(), "{\"channel\":\"webform\",\"text\":\"2 rolls of PVC tape\"}").json().get("id")
                .asText();
        JsonNode webform = get("/requests?channel=webform", w.apiKey()).json().get("items");
        assertEquals(webform.toString(), 1, webform.size());
        assertEquals(byForm, webform.get(0).get("id").asText());
        JsonNode whatsapp = get("/requests?channel=WhatsApp&limit=1", w.apiKey()).json().get("items");
        assertEquals(byWhatsApp, whatsapp.get(0).get("id").asText());
        assertEquals(0, get("/requests?channel=email", w.apiKey()).json().get("items").size());
        assertProblem(get("/requests?channel=pigeon", w.apiKey()), 400, "channel");
    }

    @Test
    public void staffConfirmOrMarkForReviewAndCorrectionsAreExported() {
        Workspace w = withHardwareCatalog("Review Hardware");
        String confirmed = call("POST", "/requests", w.apiKey(), request("12 M8 hex bolts 40mm")).json().get("id").asText();
        Answer ok = call("POST", "/requests/" + confirmed + "/confirm", w.apiKey(), null);
        assertEquals(ok.body(), 200, ok.status());
        assertEquals("confirmed", ok.json().get("status").asText());
        assertProblem(call("POST", "/requests/" + confirmed + "/confirm", w.apiKey(), null), 409, null);
        assertProblem(call("POST", "/requests/" + confirmed + "/review", w.apiKey(), "{\"lines\":[]}"), 409, null);

        String reviewed = call("POST", "/requests", w.apiKey(), request("12 bolts M8 60 and tape")).json().get("id").asText();
        assertProblem(call("POST", "/requests/" + reviewed + "/review", w.apiKey(), "{\"lines\":[{\"sku\":\"HB-M8-60\"}]}"),
                400, "lines[0].quantity");
        Answer marked = call("POST", "/requests/" + reviewed + "/review", w.apiKey(),
                "{\"lines\":[{\"sku\":\"HB-M8-60\",\"quantity\":12},{\"sku\":\"TAPE-PVC\",\"quantity\":1}],"
                + "\"unmatched\":[],\"note\":\"bolts were 60 mm\"}");
        assertEquals(marked.body(), 200, marked.status());
        assertEquals("review", marked.json().get("status").asText());

        JsonNode export = get("/requests/corrections", w.apiKey()).json();
        assertEquals(export.toString(), 1, export.size());
        JsonNode c = export.get(0);
        assertEquals(reviewed, c.get("requestId").asText());
        assertEquals("12 bolts M8 60 and tape", c.get("text").asText());
        assertEquals("HB-M8-60", c.get("corrected").get("lines").get(0).get("sku").asText());
        assertTrue("the original proposal is kept", c.get("original").isArray());
        assertEquals("bolts were 60 mm", c.get("note").asText());

        Workspace other = withHardwareCatalog("Other Review");
        assertProblem(call("POST", "/requests/" + reviewed + "/confirm", other.apiKey(), null), 404, null);
        assertProblem(call("POST", "/requests/" + reviewed + "/review", other.apiKey(), "{\"lines\":[]}"), 404, null);
        assertEquals(0, get("/requests/corrections", other.apiKey()).json().size());
    }

    @Test
    public void staffEditTheProposalAndReparseAfterTheCatalogChanged() {
        Workspace w = withHardwareCatalog("Edit Hardware");
        String id = call("POST", "/requests", w.apiKey(), request("need 12 M8 hex bolts 40mm and 4 wall plugs 8mm")).json().get("id").asText();
        JsonNode before = get("/requests/" + id, w.apiKey()).json();
        assertTrue(before.toString(), before.get("proposal").toString().contains("\"kind\":\"unmatched\""));
        JsonNode line = before.get("proposal").get(0);
        JsonNode span = line.get("spans").get(0);
        String fragment = before.get("text").asText().substring(span.get("start").asInt(), span.get("end").asInt());
        assertTrue("the span points into the text: " + fragment, fragment.contains("bolt") || fragment.contains("12"));

        assertProblem(call("PUT", "/requests/" + id + "/proposal", w.apiKey(), "{\"lines\":[{\"sku\":\"NOPE-1\",\"quantity\":2}]}"),
                400, "lines[0].sku");
        assertProblem(call("PUT", "/requests/" + id + "/proposal", w.apiKey(), "{\"lines\":[{\"sku\":\"HB-M8-40\",\"quantity\":-1}]}"),
                400, "lines[0].quantity");
        assertProblem(call("PUT", "/requests/" + id + "/proposal", w.apiKey(), "{\"unmatched\":[{\"text\":\" \"}]}"),
                400, "unmatched[0].text");
        // a staff edit keeps the highlight of a product that was already proposed
        call("PUT", "/requests/" + id + "/proposal", w.apiKey(), "{\"lines\":[{\"sku\":\"" + line.get("sku").asText() + "\",\"quantity\":15}]}");
        JsonNode keptSpan = get("/requests/" + id, w.apiKey()).json().get("proposal").get(0);
        assertEquals(15, keptSpan.get("quantity").asInt());
        assertEquals(span.toString(), keptSpan.get("spans").get(0).toString());

        Answer edited = call("PUT", "/requests/" + id + "/proposal", w.apiKey(),
                "{\"lines\":[{\"sku\":\"hb-m8-60\",\"quantity\":20}],\"unmatched\":[{\"text\":\"wall plugs 8mm\",\"quantity\":4}]}");
        assertEquals(edited.body(), 200, edited.status());
        JsonNode kept = get("/requests/" + id, w.apiKey()).json().get("proposal");
        assertEquals(kept.toString(), 2, kept.size());
        assertEquals("HB-M8-60", kept.get(0).get("sku").asText());
        assertEquals(20, kept.get(0).get("quantity").asInt());
        assertEquals("priced from the catalog", "5.1", kept.get(0).get("unitPrice").asText().replaceAll("0+$", ""));
        assertEquals("wall plugs 8mm", kept.get(1).get("text").asText());


        // the catalog gains wall plugs; re-parsing finds them
        Answer added = call("POST", "/catalog/products", w.apiKey(),
                "{\"sku\":\"WP-8\",\"name\":\"Wall plug 8mm\",\"unit\":\"pcs\",\"price\":\"1.20\",\"currency\":\"INR\"}");
        assertEquals(added.body(), 201, added.status());
        await("the parser sees the new product", () -> {
            Answer again = call("POST", "/requests/" + id + "/reparse", w.apiKey(), null);
            return again.status() == 200 && again.json().get("proposal").toString().contains("\"sku\":\"WP-8\"");
        }, 30);
        assertEquals("proposed", get("/requests/" + id, w.apiKey()).json().get("status").asText());

        assertEquals(200, call("POST", "/requests/" + id + "/confirm", w.apiKey(), null).status());
        assertProblem(call("PUT", "/requests/" + id + "/proposal", w.apiKey(), "{\"lines\":[]}"), 409, null);
        assertProblem(call("POST", "/requests/" + id + "/reparse", w.apiKey(), null), 409, null);

        JsonNode confirmedOnly = get("/requests?status=confirmed", w.apiKey()).json().get("items");
        assertEquals(1, confirmedOnly.size());
        assertEquals(id, confirmedOnly.get(0).get("id").asText());
        assertEquals(0, get("/requests?status=failed", w.apiKey()).json().get("items").size());
        assertProblem(get("/requests?status=lost", w.apiKey()), 400, "status");

        Workspace other = withHardwareCatalog("Other Edit");
        assertProblem(call("PUT", "/requests/" + id + "/proposal", other.apiKey(), "{\"lines\":[]}"), 404, null);
        assertProblem(call("POST", "/requests/" + id + "/reparse", other.apiKey(), null), 404, null);
        assertEquals(0, get("/requests?status=confirmed", other.apiKey()).json().get("items").size());
    }

    @Test
    public void aProposalsQuantityIsAPlainJsonNumberAndItsPriceADecimalString() {
        Workspace w = withHardwareCatalog("Plain Numbers");
        String id = call("POST", "/requests", w.apiKey(), request("20 M8 hex bolts 40mm")).json().get("id").asText();
        Answer edited = call("PUT", "/requests/" + id + "/proposal", w.apiKey(), "{\"lines\":[{\"sku\":\"HB-M8-40\",\"quantity\":20}]}");
        assertEquals(edited.body(), 200, edited.status());
        Answer read = get("/requests/" + id, w.apiKey());
        // stored as 20.0000 and read back without trailing zeros: once answered as 2E+1
        assertTrue(read.body(), read.body().matches("(?s).*\"quantity\"\\s*:\\s*20[,}].*"));
        assertFalse(read.body(), read.body().contains("E+"));
        JsonNode line = read.json().get("proposal").get(0);
        assertTrue(line.toString(), line.get("quantity").isNumber());
        assertTrue(line.toString(), line.get("unitPrice").isTextual());
        assertEquals("4.50", line.get("unitPrice").asText());
    }

    @Test
    public void aRequestBeyondTheParseQuotaIsKeptFailedWithASystemMessage() {
        Workspace w = register("Meagre Hardware", "meagre");
        assertEquals(200, send("POST", "/catalog/import", w.apiKey(), "text/csv",
                HARDWARE_CATALOG.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of()).status());
        assertEquals("proposed", call("POST", "/requests", w.apiKey(), request("12 M8 hex bolts 40mm")).json().get("status").asText());
        Answer second = call("POST", "/requests", w.apiKey(), request("2 rolls of PVC tape"));
        assertEquals(second.body(), 201, second.status());
        assertEquals("failed", second.json().get("status").asText());
        assertTrue(second.body(), second.json().get("failure").asText().toLowerCase().contains("parses"));
        String id = second.json().get("id").asText();
        assertEquals("2 rolls of PVC tape", get("/requests/" + id, w.apiKey()).json().get("text").asText());
        JsonNode messages = get("/system-messages", w.apiKey()).json();
        assertTrue(messages.toString(), messages.toString().contains(id));
        assertEquals(1, get("/requests?status=failed", w.apiKey()).json().get("items").size());
        assertEquals("still over the quota: re-parsing keeps it failed", "failed",
                call("POST", "/requests/" + id + "/reparse", w.apiKey(), null).json().get("status").asText());
    }

    private static String items(String text, String items) {
        return "{\"channel\":\"webform\",\"sender\":{\"name\":\"Asha\",\"email\":\"asha@form.example\"},"
                + (text == null ? "" : "\"text\":\"" + text + "\",") + "\"items\":" + items + "}";
    }

    @Test
    public void chosenItemsBecomeLinesAndTheTextAddsMoreButNoProductTwice() {
        Workspace w = withHardwareCatalog("Form Hardware");
        Answer created = call("POST", "/requests", w.apiKey(), items("also 2 rolls of PVC tape and 5 M8 hex bolts 40mm",
                "[{\"sku\":\"hb-m8-40\",\"quantity\":12},{\"sku\":\"NOPE-1\",\"quantity\":3,\"options\":{\"Colour\":\"Purple\"}},"
                + "{\"sku\":\"TAPE-PVC\",\"quantity\":1,\"options\":{\"Width\":\"19 mm\"}}]"));
        assertEquals(created.body(), 201, created.status());
        JsonNode r = created.json();
        assertEquals("proposed", r.get("status").asText());
        JsonNode proposal = r.get("proposal");
        JsonNode chosen = proposal.get(0);
        assertEquals(proposal.toString(), "HB-M8-40", chosen.get("sku").asText());
        assertEquals("as chosen, not as the text says", 12, chosen.get("quantity").asInt());
        assertEquals(1.0, chosen.get("confidence").asDouble(), 0);
        assertFalse("a chosen line has no source in the text: " + chosen, chosen.has("spans") || chosen.has("text"));
        assertFalse("no options, no field: " + chosen, chosen.has("options"));
        assertEquals("4.50", chosen.get("unitPrice").asText());
        long bolts = 0;
        long tape = 0;
        for (JsonNode l : proposal) {
            bolts += "HB-M8-40".equals(l.path("sku").asText()) ? 1 : 0;
            tape += "TAPE-PVC".equals(l.path("sku").asText()) ? 1 : 0;
        }
        assertEquals("the bolts the text names again are not added twice: " + proposal, 1, bolts);
        assertEquals("the text adds the tape: " + proposal, 1, tape);
        String unmatched = proposal.toString();
        assertTrue(unmatched, unmatched.contains("\"kind\":\"unmatched\",\"quantity\":3,\"text\":\"NOPE-1 (Colour: Purple) × 3\""));
        assertTrue("an option the product lacks: " + unmatched, unmatched.contains("\"text\":\"TAPE-PVC (Width: 19 mm) × 1\""));

        // parsing again keeps the chosen products
        JsonNode again = call("POST", "/requests/" + r.get("id").asText() + "/reparse", w.apiKey(), null).json().get("proposal");
        assertEquals(proposal.toString(), again.toString());

        // items without text are a request too
        Answer itemsOnly = call("POST", "/requests", w.apiKey(), items(null, "[{\"sku\":\"HB-M8-60\",\"quantity\":2.5}]"));
        assertEquals(itemsOnly.body(), 201, itemsOnly.status());
        assertEquals("proposed", itemsOnly.json().get("status").asText());
        assertEquals(1, itemsOnly.json().get("proposal").size());
        assertEquals(2.5, itemsOnly.json().get("proposal").get(0).get("quantity").asDouble(), 0);

        // staff may not give a line options its product lacks
        assertProblem(call("PUT", "/requests/" + r.get("id").asText() + "/proposal", w.apiKey(),
                "{\"lines\":[{\"sku\":\"HB-M8-40\",\"quantity\":1,\"options\":{\"Colour\":\"Blue\"}}]}"), 400, "lines[0].options");

        Workspace other = withHardwareCatalog("Form Other");
        assertProblem(get("/requests/" + r.get("id").asText(), other.apiKey()), 404, null);
        assertEquals(0, get("/requests", other.apiKey()).json().get("items").size());
    }

    @Test
    public void badItemsAreA400NamingTheFieldAndStoreNothing() {
        Workspace w = withHardwareCatalog("Strict Form");
        assertProblem(call("POST", "/requests", w.apiKey(), items(null, "[]")), 400, "text");
        assertProblem(call("POST", "/requests", w.apiKey(), items(null, "[{\"sku\":\"HB-M8-40\"}]")), 400, "items[0].quantity");
        assertProblem(call("POST", "/requests", w.apiKey(), items(null, "[{\"sku\":\"HB-M8-40\",\"quantity\":0}]")), 400, "items[0].quantity");
        assertProblem(call("POST", "/requests", w.apiKey(), items("hi", "[{\"quantity\":1}]")), 400, "items[0].sku");
        assertProblem(call("POST", "/requests", w.apiKey(), items("hi", "[null]")), 400, "items[0].sku");
        assertProblem(call("POST", "/requests", w.apiKey(), items("hi", "[{\"sku\":\"A\",\"quantity\":1},{\"sku\":\"B\",\"quantity\":1,"
                + "\"options\":{\"Colour\":\"" + "x".repeat(201) + "\"}}]")), 400, "items[1].options");
        assertEquals(0, get("/requests", w.apiKey()).json().get("items").size());
    }
}
