package org.offerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.offerbridge.quotation.api.QuoteEvents;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Quotations on the real distribution: prices and totals from the catalog, gap-free numbering, lists, sending and the
 * customer's public page, accept → order, reject, revisions, approval, expiry by the job, request → quote, tenant
 * separation on every endpoint, and 400s naming the field.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class QuotesIT extends OfferbridgeTestSupport {

    @Configuration
    public Option[] config() {
        // the expiry job runs every 2 s here, so the test sees it act
        return baseOptions(editConfigurationFilePut("etc/org.offerbridge.quotation.cfg", "expiryPeriodSeconds", "2"),
                // an event a listener failed on is told again by the relay half a second later
                editConfigurationFilePut("etc/org.offerbridge.quotation.events.cfg", "retryDelayMillis", "500"),
                editConfigurationFilePut("etc/org.offerbridge.quotation.events.cfg", "pollIntervalMillis", "200"));
    }

    @Inject
    private ConfigurationAdmin configAdmin;

    @Before
    public void ready() {
        awaitApi();
        await("the quotes endpoint", () -> get("/quotes", register("Probe", "business").apiKey()).status() == 200, 90);
    }

    private Workspace shop(String name) {
        Workspace w = withHardwareCatalog(name);
        Answer s = call("PUT", "/quotes/settings", w.apiKey(), "{\"defaultTaxRate\":18}");
        assertEquals(s.body(), 200, s.status());
        return w;
    }

    private static String quoteBody(String lines) {
        return "{\"customer\":{\"name\":\"Sharma Traders\",\"email\":\"buy@sharma.example\",\"phone\":\"+91 98765 43210\"},"
                + "\"currency\":\"INR\",\"lines\":" + lines + "}";
    }

    private JsonNode create(Workspace w, String lines) {
        Answer a = call("POST", "/quotes", w.apiKey(), quoteBody(lines));
        assertEquals(a.body(), 201, a.status());
        return a.json();
    }

    private JsonNode sendQuote(Workspace w, String id) {
        Answer a = call("POST", "/quotes/" + id + "/send", w.apiKey(), "{}");
        assertEquals(a.body(), 200, a.status());
        return a.json();
    }

    /** The path under /api/v1 of a public URL (the server's configured base URL names another port than the test's). */
    private static String publicPath(JsonNode sent) {
        String url = sent.get("publicUrl").asText();
        assertTrue(url, url.contains("/api/v1/q/"));
        return url.substring(url.indexOf("/api/v1") + "/api/v1".length());
    }

    private Answer page(String path, String language) {
        return call("GET", path, null, null, language == null ? Map.of() : Map.of("Accept-Language", language));
    }

    @Test
    public void aQuoteFromSkusTakesPricesAndTaxFromTheCatalogAndTotalsThem() {
        Workspace w = shop("Totals Hardware");
        JsonNode q = create(w, "[{\"sku\":\"HB-M8-40\",\"quantity\":12},{\"sku\":\"TAPE-PVC\",\"quantity\":2,\"discountPercent\":10}]");
        assertEquals("draft", q.get("status").asText());
        assertTrue(q.get("number").asText(), q.get("number").asText().matches("Q-\\d{4}-00001"));
        JsonNode l0 = q.get("lines").get(0);
        assertEquals("4.50", l0.get("unitPrice").asText());
        assertEquals("18", l0.get("taxRate").asText());
        assertEquals("54.00", l0.get("lineTotal").asText());
        assertEquals("63.00", q.get("lines").get(1).get("lineTotal").asText());
        JsonNode t = q.get("totals");
        assertEquals("117.00", t.get("net").asText());
        assertEquals("7.00", t.get("discount").asText());
        assertEquals("21.06", t.get("tax").asText());
        assertEquals("138.06", t.get("gross").asText());
        assertEquals(LocalDate.now(ZoneOffset.UTC).plusDays(30).toString(), q.get("validUntil").asText());
        assertEquals(q.toString(), get("/quotes/" + q.get("id").asText(), w.apiKey()).json().toString());

        // tax-inclusive per quote: the prices shown are what the customer pays
        Answer incl = call("POST", "/quotes", w.apiKey(), "{\"customer\":{\"name\":\"Walk-in\"},\"pricesIncludeTax\":true,"
                + "\"lines\":[{\"sku\":\"TAPE-PVC\",\"quantity\":1}]}");
        assertEquals(incl.body(), 201, incl.status());
        assertEquals("35.00", incl.json().get("totals").get("gross").asText());
        assertEquals("29.66", incl.json().get("totals").get("net").asText());
    }

    @Test
    public void numbersAreSequentialWithoutGapsAfterAFailedCreate() {
        Workspace w = shop("Numbering Hardware");
        String first = create(w, "[{\"sku\":\"HB-M8-40\",\"quantity\":1}]").get("number").asText();
        assertProblem(call("POST", "/quotes", w.apiKey(), quoteBody("[{\"sku\":\"HB-M8-40\",\"quantity\":1,\"discountPercent\":100}]")),
                400, "lines[0].discountPercent");
        String second = create(w, "[{\"sku\":\"HB-M8-40\",\"quantity\":1}]").get("number").asText();
        assertTrue(first.endsWith("-00001"));
        assertEquals(first.replace("-00001", "-00002"), second);

        assertProblem(call("PUT", "/quotes/settings", w.apiKey(), "{\"numberPattern\":\"Q-{yyyy}\"}"), 400, "numberPattern");
        assertProblem(call("PUT", "/quotes/settings", w.apiKey(), "{\"numberPattern\":\"<b>{seq}\"}"), 400, "numberPattern");
        assertEquals(200, call("PUT", "/quotes/settings", w.apiKey(), "{\"numberPattern\":\"ACME/{yy}/{seq:3}\"}").status());
        String third = create(w, "[{\"sku\":\"HB-M8-40\",\"quantity\":1}]").get("number").asText();
        assertTrue(third, third.matches("ACME/\\d{2}/001"));
    }

    @Test
    public void listsFilterByStatusAndPage() {
        Workspace w = shop("List Hardware");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(create(w, "[{\"sku\":\"HB-M8-40\",\"quantity\":" + (i + 1) + "}]").get("id").asText());
        }
        sendQuote(w, ids.get(0));
        Set<String> drafts = new HashSet<>();
        String cursor = null;
        do {
            JsonNode p = get("/quotes?status=draft&limit=1" + (cursor == null ? "" : "&cursor=" + cursor), w.apiKey()).json();
            assertTrue(p.get("items").size() <= 1);
            p.get("items").forEach(q -> drafts.add(q.get("id").asText()));
            cursor = p.has("nextCursor") ? p.get("nextCursor").asText() : null;
        } while (cursor != null);
        assertEquals(Set.of(ids.get(1), ids.get(2)), drafts);
        JsonNode sent = get("/quotes?status=sent", w.apiKey()).json().get("items");
        assertEquals(1, sent.size());
        assertEquals(ids.get(0), sent.get(0).get("id").asText());
        assertEquals(3, get("/quotes", w.apiKey()).json().get("items").size());
        assertProblem(get("/quotes?status=lost", w.apiKey()), 400, "status");
        assertProblem(get("/quotes?limit=0", w.apiKey()), 400, "limit");
    }

    @Test
    public void aBrowserOverTheRateLimitGetsAPageInItsLanguageWhileScriptsKeepTheProblem() throws Exception {
        Workspace w = shop("Busy Hardware");
        String id = create(w, "[{\"sku\":\"HB-M8-40\",\"quantity\":2}]").get("id").asText();
        String path = publicPath(sendQuote(w, id));
        Map<String, String> browser = Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8", "Accept-Language", "de-DE,de;q=0.9");
        org.osgi.service.cm.Configuration platform = configAdmin.getConfiguration("org.offerbridge.platform", null);
        Dictionary<String, Object> before = copy(platform.getProperties());
        Dictionary<String, Object> tight = copy(before);
        tight.put("anonymousRequestsPerMinute", "2");
        platform.update(tight);
        try {
            AtomicReference<Answer> busy = new AtomicReference<>();
            // the change reaches the gateway asynchronously: wait until the limit answers with the page
            await("the tighter anonymous limit", () -> {
                busy.set(call("GET", path, null, null, browser));
                String type = busy.get().header("Content-Type");
                return busy.get().status() == 429 && type != null && type.startsWith("text/html");
            }, 30);
            Answer page = busy.get();
            assertTrue(page.header("Content-Type"), page.header("Content-Type").startsWith("text/html"));
            assertTrue(Integer.parseInt(page.header("Retry-After")) >= 1);
            assertNotNull(page.header("Content-Security-Policy"));
            assertEquals("no-referrer", page.header("Referrer-Policy"));
            assertTrue(page.body(), page.body().contains("<html lang=\"de\"") && page.body().contains("Zu viele Anfragen"));
            String token = path.substring(path.lastIndexOf('/') + 1);
            assertTrue(page.body(), page.body().contains("href=\"" + token + "\""));
            // an integrator's JSON call keeps the problem+json, and nothing it asked for was done
            assertProblem(call("POST", path + "/accept", null, "{\"name\":\"Anil Sharma\"}"), 429, null);
        } finally {
            platform.update(before);
            await("the page to answer again", () -> page(path, "en").status() == 200, 60);
        }
        assertFalse("accepted".equals(get("/quotes/" + id, w.apiKey()).json().get("status").asText()));
    }

    private static Dictionary<String, Object> copy(Dictionary<String, Object> d) {
        Dictionary<String, Object> c = new Hashtable<>();
        for (Enumeration<String> keys = d.keys(); keys.hasMoreElements();) {
            String k = keys.nextElement();
            c.put(k, d.get(k));
        }
        return c;
    }

    @Test
    public void theCustomerViewsOnceAndAcceptsWhichMakesAnOrder() {
        Workspace w = shop("Accept Hardware");
        JsonNode q = create(w, "[{\"sku\":\"HB-M8-40\",\"quantity\":12}]");
        String id = q.get("id").asText();
        JsonNode sent = sendQuote(w, id);
        assertEquals("sent", sent.get("status").asText());
        String path = publicPath(sent);
        assertProblem(call("PATCH", "/quotes/" + id, w.apiKey(), "{\"validUntil\":\"2099-01-01\"}"), 409, "status");

        Answer html = page(path, "de-DE,de;q=0.9");
        assertEquals(html.body(), 200, html.status());
        assertTrue(html.header("Content-Type"), html.header("Content-Type").startsWith("text/html"));
        assertTrue(html.body().contains(q.get("number").asText()));
        assertTrue(html.body().contains("Angebot"));
        assertTrue(html.body(), html.body().contains("63,72")); // 54.00 + 18 % tax, written the German way
        for (String internal : new String[] {id, q.get("lines").get(0).get("productId").asText(), "apikey:", "approv", "buy@sharma"}) {
            assertFalse("the page shows " + internal, html.body().contains(internal));
        }
        Answer english = page(path, "en");
        assertEquals(200, english.status());
        assertTrue(english.body(), english.body().contains("63.72"));
        // the customer downloads the PDF from the page's link, without signing in
        assertTrue(html.body().contains("href=\"" + path.substring(path.lastIndexOf('/') + 1) + "/pdf\""));
        Answer customerPdf = page(path + "/pdf", "de");
        assertEquals(customerPdf.body(), 200, customerPdf.status());
        assertEquals("application/pdf", customerPdf.header("Content-Type"));
        assertTrue("a PDF document", customerPdf.body().startsWith("%PDF-"));
        JsonNode viewed = get("/quotes/" + id, w.apiKey()).json();
        assertEquals("viewed", viewed.get("status").asText());
        assertNotNull(viewed.get("viewedAt"));

        Answer accepted = call("POST", path + "/accept", null, "{\"name\":\"Anil Sharma\"}");
        assertEquals(accepted.body(), 200, accepted.status());
        assertEquals("accepted", accepted.json().get("status").asText());
        assertProblem(call("POST", path + "/accept", null, "{\"name\":\"Anil Sharma\"}"), 409, null);
        assertProblem(call("POST", path + "/reject", null, "{\"reason\":\"changed my mind\"}"), 409, null);

        JsonNode done = get("/quotes/" + id, w.apiKey()).json();
        assertEquals("accepted", done.get("status").asText());
        assertEquals("Anil Sharma", done.get("acceptedName").asText());
        String orderId = done.get("orderId").asText();
        JsonNode order = get("/orders/" + orderId, w.apiKey()).json();
        assertEquals(id, order.get("quoteId").asText());
        assertEquals("63.72", order.get("totals").get("gross").asText());
        assertTrue(order.get("number").asText().matches("O-\\d{4}-00001"));
        assertEquals(1, get("/orders", w.apiKey()).json().get("items").size());

        List<String> types = new ArrayList<>();
        JsonNode timeline = get("/quotes/" + id + "/timeline", w.apiKey()).json();
        timeline.forEach(e -> types.add(e.get("type").asText()));
        assertEquals(List.of("quote.created", "quote.sent", "quote.viewed", "quote.accepted"), types);
        assertTrue(timeline.get(1).get("actor").asText().startsWith("apikey:"));
        assertTrue(timeline.get(2).get("actor").asText().startsWith("link:"));
        assertNotNull(timeline.get(2).get("address"));
        assertTrue(timeline.get(2).get("userAgent").asText().contains("Java"));
    }

    @Test
    public void theCustomerMayRejectWithAReason() {
        Workspace w = shop("Reject Hardware");
        String id = create(w, "[{\"sku\":\"TAPE-PVC\",\"quantity\":2}]").get("id").asText();
        String path = publicPath(sendQuote(w, id));
        assertProblem(call("POST", path + "/accept", null, "{\"name\":\"  \"}"), 400, "name");
        Answer r = call("POST", path + "/reject", null, "{\"reason\":\"too expensive\"}");
        assertEquals(r.body(), 200, r.status());
        JsonNode q = get("/quotes/" + id, w.apiKey()).json();
        assertEquals("rejected", q.get("status").asText());
        assertEquals("too expensive", q.get("rejectionReason").asText());
        assertProblem(call("POST", path + "/accept", null, "{\"name\":\"Anil\"}"), 409, null);
        assertTrue(page(path, null).body().contains("declined"));
    }

    @Test
    public void aRevisionSupersedesTheSentQuoteAndItsLink() {
        Workspace w = shop("Revise Hardware");
        JsonNode q = create(w, "[{\"sku\":\"HB-M8-40\",\"quantity\":12}]");
        String id = q.get("id").asText();
        String oldPath = publicPath(sendQuote(w, id));
        Answer revised = call("POST", "/quotes/" + id + "/revise", w.apiKey(), null);
        assertEquals(revised.body(), 201, revised.status());
        JsonNode r2 = revised.json();
        assertEquals(2, r2.get("revision").asInt());
        assertEquals(q.get("number").asText() + "-R2", r2.get("number").asText());
        assertEquals("draft", r2.get("status").asText());
        assertEquals(id, r2.get("previousId").asText());
        assertEquals("superseded", get("/quotes/" + id, w.apiKey()).json().get("status").asText());

        Answer old = page(oldPath, "en");
        assertEquals(410, old.status());
        assertTrue(old.body(), old.body().contains("replaced"));
        assertProblem(call("POST", oldPath + "/accept", null, "{\"name\":\"Anil\"}"), 409, null);
        assertProblem(call("POST", "/quotes/" + id + "/revise", w.apiKey(), null), 409, "status");

        // the revision is a draft that can change and be sent with a link of its own
        Answer changed = call("PATCH", "/quotes/" + r2.get("id").asText(), w.apiKey(), "{\"lines\":[{\"sku\":\"HB-M8-40\",\"quantity\":20}]}");
        assertEquals(changed.body(), 200, changed.status());
        String newPath = publicPath(sendQuote(w, r2.get("id").asText()));
        assertEquals(200, page(newPath, "en").status());
    }

    @Test
    public void aDiscountAboveTheThresholdNeedsAnAdminsApproval() {
        Workspace w = shop("Approval Hardware");
        assertEquals(200, call("PUT", "/quotes/settings", w.apiKey(), "{\"approvalDiscountPercent\":10}").status());
        String sales = call("POST", "/api-keys", w.apiKey(), "{\"name\":\"sales desk\",\"role\":\"sales\"}").json().get("key").asText();
        Answer created = call("POST", "/quotes", sales, quoteBody("[{\"sku\":\"HB-M8-40\",\"quantity\":10,\"discountPercent\":15}]"));
        assertEquals(created.body(), 201, created.status());
        String id = created.json().get("id").asText();
        assertTrue(created.json().get("approvalRequired").asBoolean());
        assertProblem(call("POST", "/quotes/" + id + "/send", sales, "{}"), 409, "status");
        assertProblem(call("POST", "/quotes/" + id + "/approve", sales, null), 403, null);
        assertProblem(call("PUT", "/quotes/settings", sales, "{\"approvalDiscountPercent\":50}"), 403, null);
        Answer approved = call("POST", "/quotes/" + id + "/approve", w.apiKey(), null);
        assertEquals(approved.body(), 200, approved.status());
        assertFalse(approved.json().get("approvalRequired").asBoolean());
        assertEquals(200, call("POST", "/quotes/" + id + "/send", sales, "{}").status());

        // at the threshold no approval is needed
        Answer within = call("POST", "/quotes", sales, quoteBody("[{\"sku\":\"HB-M8-40\",\"quantity\":10,\"discountPercent\":10}]"));
        assertFalse(within.json().get("approvalRequired").asBoolean());
    }

    @Test
    public void theJobExpiresQuotesPastTheirValidity() throws Exception {
        Workspace w = shop("Expiry Hardware");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Answer a = call("POST", "/quotes", w.apiKey(), "{\"customer\":{\"name\":\"Late Buyer\"},\"validUntil\":\"" + today
                + "\",\"lines\":[{\"sku\":\"TAPE-PVC\",\"quantity\":1}]}");
        assertEquals(a.body(), 201, a.status());
        String id = a.json().get("id").asText();
        String path = publicPath(sendQuote(w, id));
        String fresh = create(w, "[{\"sku\":\"TAPE-PVC\",\"quantity\":1}]").get("id").asText();
        sendQuote(w, fresh);
        // time passes: the quote's last valid day moves two days back
        ServiceReference<DataSource> ref = bundleContext.getServiceReferences(DataSource.class, "(osgi.jndi.service.name=offerbridge)")
                .iterator().next();
        try (Connection c = bundleContext.getService(ref).getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE OB_QUOTE SET VALIDUNTIL = VALIDUNTIL - 2 WHERE ID = ?")) {
            s.setString(1, id);
            assertEquals(1, s.executeUpdate());
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        await("the expiry job", () -> get("/quotes/" + id, w.apiKey()).json().get("status").asText().equals("expired"), 30);
        assertEquals("sent", get("/quotes/" + fresh, w.apiKey()).json().get("status").asText());
        Answer expired = page(path, "en");
        assertEquals(410, expired.status());
        assertTrue(expired.body().contains("expired"));
        assertProblem(call("POST", path + "/accept", null, "{\"name\":\"Late Buyer\"}"), 409, null);
        JsonNode timeline = get("/quotes/" + id + "/timeline", w.apiKey()).json();
        assertEquals("quote.expired", timeline.get(timeline.size() - 1).get("type").asText());
        assertEquals("system", timeline.get(timeline.size() - 1).get("actor").asText());
    }

    @Test
    public void confirmingARequestMakesADraftQuote() {
        Workspace w = shop("Request Hardware");
        String request = "{\"channel\":\"email\",\"sender\":{\"name\":\"Ravi Kumar\",\"email\":\"ravi@kumar.example\"},"
                + "\"text\":\"please send 12 M8 hex bolts 40mm and 2 rolls of PVC tape\"}";
        String requestId = call("POST", "/requests", w.apiKey(), request).json().get("id").asText();
        Answer confirmed = call("POST", "/requests/" + requestId + "/confirm", w.apiKey(), null);
        assertEquals(confirmed.body(), 200, confirmed.status());
        String quoteId = confirmed.json().get("quoteId").asText();
        JsonNode q = get("/quotes/" + quoteId, w.apiKey()).json();
        assertEquals("draft", q.get("status").asText());
        assertEquals(requestId, q.get("requestId").asText());
        assertEquals("Ravi Kumar", q.get("customer").get("name").asText());
        assertEquals(confirmed.json().get("customerId").asText(), q.get("customer").get("id").asText());
        assertTrue(q.get("lines").toString(), q.get("lines").toString().contains("\"sku\":\"HB-M8-40\",\"name\""));
        assertProblem(call("POST", "/requests/" + requestId + "/confirm", w.apiKey(), null), 409, null);

        String second = call("POST", "/requests", w.apiKey(), request).json().get("id").asText();
        Answer fromRequest = call("POST", "/quotes", w.apiKey(), "{\"fromRequest\":\"" + second + "\"}");
        assertEquals(fromRequest.body(), 201, fromRequest.status());
        assertEquals(second, fromRequest.json().get("requestId").asText());
        assertEquals("confirmed", get("/requests/" + second, w.apiKey()).json().get("status").asText());
    }

    @Test
    public void theQuoteSpeaksTheLanguageOnTheCustomersCardUnlessTheQuoteNamesOne() {
        Workspace w = shop("Language Hardware");
        Answer card = call("POST", "/customers", w.apiKey(), "{\"name\":\"Kyiv Tools\",\"emails\":[\"buy@kyiv.example\"],\"language\":\"uk\"}");
        assertEquals(card.body(), 201, card.status());
        String customerId = card.json().get("id").asText();
        String line = "\"lines\":[{\"sku\":\"HB-M8-40\",\"quantity\":1}]";

        Answer byId = call("POST", "/quotes", w.apiKey(), "{\"customerId\":\"" + customerId + "\"," + line + "}");
        assertEquals(byId.body(), 201, byId.status());
        assertEquals("uk", byId.json().get("locale").asText());
        // found by its email, the card's language still applies
        Answer byContact = call("POST", "/quotes", w.apiKey(), "{\"customer\":{\"name\":\"Kyiv Tools\",\"email\":\"BUY@kyiv.example\"}," + line + "}");
        assertEquals(customerId, byContact.json().get("customer").get("id").asText());
        assertEquals("uk", byContact.json().get("locale").asText());
        Answer named = call("POST", "/quotes", w.apiKey(), "{\"customerId\":\"" + customerId + "\",\"locale\":\"de\"," + line + "}");
        assertEquals("de", named.json().get("locale").asText());

        // a request from the same customer, written in English: the card wins over the detected language
        String request = call("POST", "/requests", w.apiKey(), "{\"channel\":\"email\",\"sender\":{\"email\":\"buy@kyiv.example\"},"
                + "\"text\":\"please send 12 M8 hex bolts 40mm\"}").json().get("id").asText();
        Answer fromRequest = call("POST", "/quotes", w.apiKey(), "{\"fromRequest\":\"" + request + "\"}");
        assertEquals(fromRequest.body(), 201, fromRequest.status());
        assertEquals("uk", fromRequest.json().get("locale").asText());

        // the page is in the card's language whatever the browser asks for
        Answer page = page(publicPath(sendQuote(w, byId.json().get("id").asText())), "en-US,en;q=0.9");
        assertEquals(200, page.status());
        assertTrue(page.body(), page.body().contains("<html lang=\"uk\""));

        // without a language on the card the quote has none, and the page follows the browser
        assertEquals(200, call("PATCH", "/customers/" + customerId, w.apiKey(), "{\"language\":\"\"}").status());
        Answer plain = call("POST", "/quotes", w.apiKey(), "{\"customerId\":\"" + customerId + "\"," + line + "}");
        assertFalse(plain.json().toString(), plain.json().hasNonNull("locale"));
        Answer german = page(publicPath(sendQuote(w, plain.json().get("id").asText())), "de-DE,de;q=0.9");
        assertTrue(german.body().contains("<html lang=\"de\""));
    }

    @Test
    public void anotherTenantsQuotesOrdersAndLinksAreNotFound() {
        Workspace a = shop("Tenant A Hardware");
        Workspace b = shop("Tenant B Hardware");
        JsonNode q = create(a, "[{\"sku\":\"HB-M8-40\",\"quantity\":1}]");
        String id = q.get("id").asText();
        JsonNode sent = sendQuote(a, id);
        String linkId = sent.get("links").get(0).get("id").asText();
        String path = publicPath(sent);
        String orderId = call("POST", path + "/accept", null, "{\"name\":\"A Buyer\"}").json().get("status").asText().equals("accepted")
                ? get("/quotes/" + id, a.apiKey()).json().get("orderId").asText() : null;
        assertNotNull(orderId);
        String other = create(b, "[{\"sku\":\"TAPE-PVC\",\"quantity\":1}]").get("id").asText();

        for (String[] c : new String[][] {{"GET", "/quotes/" + id}, {"GET", "/quotes/" + id + "/timeline"}, {"GET", "/quotes/" + id + "/links"},
                {"POST", "/quotes/" + id + "/links/" + linkId + "/revoke"}, {"POST", "/quotes/" + id + "/send"},
                {"POST", "/quotes/" + id + "/approve"}, {"POST", "/quotes/" + id + "/revise"}, {"GET", "/quotes/" + id + "/pdf"},
                {"PATCH", "/quotes/" + id}, {"GET", "/orders/" + orderId}}) {
            String body = c[0].equals("GET") ? null : "{}";
            Answer ans = call(c[0], c[1], b.apiKey(), body);
            assertProblem(ans, 404, null);
        }
        assertProblem(call("POST", "/quotes/" + other + "/links/" + linkId + "/revoke", b.apiKey(), null), 404, null);
        assertEquals(0, get("/orders", b.apiKey()).json().get("items").size());
        assertEquals(1, get("/quotes", b.apiKey()).json().get("items").size());
        assertEquals(404, call("GET", "/quotes/" + id + "/pdf", b.apiKey(), null).status());

        // A's link shows A's quote and nothing of B's
        String html = page(path, "en").body();
        assertTrue(html.contains(q.get("number").asText()));
        assertFalse(html.contains("Tenant B") || html.contains(other));

        // unknown and revoked links look the same
        String unknown = page("/q/" + "A".repeat(43), "en").body();
        Answer garbage = page("/q/nonsense", "en");
        assertEquals(404, garbage.status());
        JsonNode q2 = create(a, "[{\"sku\":\"HB-M8-40\",\"quantity\":1}]");
        JsonNode sent2 = sendQuote(a, q2.get("id").asText());
        String path2 = publicPath(sent2);
        Answer revoked = call("POST", "/quotes/" + q2.get("id").asText() + "/links/" + sent2.get("links").get(0).get("id").asText()
                + "/revoke", a.apiKey(), null);
        assertEquals(revoked.body(), 200, revoked.status());
        assertNotNull(revoked.json().get("revokedAt"));
        assertNull(revoked.json().get("url"));
        Answer gone = page(path2, "en");
        assertEquals(404, gone.status());
        assertEquals(unknown, gone.body());
        assertProblem(call("POST", path2 + "/accept", null, "{\"name\":\"A Buyer\"}"), 404, null);
        assertProblem(page(path2 + "/pdf", "en"), 404, null);
        assertProblem(page("/q/" + "A".repeat(43) + "/pdf", "en"), 404, null);
    }

    @Test
    public void badInputIsA400NamingTheField() {
        Workspace w = shop("Bad Input Hardware");
        assertProblem(call("POST", "/quotes", w.apiKey(), "{\"customer\":{\"name\":\"X\"}}"), 400, "lines");
        assertProblem(call("POST", "/quotes", w.apiKey(), quoteBody("[{\"sku\":\"NOPE\",\"quantity\":1}]")), 400, "lines[0].sku");
        assertProblem(call("POST", "/quotes", w.apiKey(), quoteBody("[{\"sku\":\"HB-M8-40\",\"quantity\":\"many\"}]")), 400, "lines[0].quantity");
        assertProblem(call("POST", "/quotes", w.apiKey(), quoteBody("[{\"sku\":\"HB-M8-40\",\"quantity\":0}]")), 400, "lines[0].quantity");
        assertProblem(call("POST", "/quotes", w.apiKey(), quoteBody("[{\"sku\":\"HB-M8-40\",\"qty\":1}]")), 400, "lines[0].qty");
        assertProblem(call("POST", "/quotes", w.apiKey(), "{\"customer\":{\"name\":\"X\"},\"validUntil\":\"2020-01-01\","
                + "\"lines\":[{\"sku\":\"HB-M8-40\",\"quantity\":1}]}"), 400, "validUntil");
        assertProblem(call("POST", "/quotes", w.apiKey(), "{\"customer\":{\"name\":\"X\"},\"currency\":\"EURO\","
                + "\"lines\":[{\"sku\":\"HB-M8-40\",\"quantity\":1}]}"), 400, "currency");
        assertProblem(call("POST", "/quotes", w.apiKey(), "{\"customer\":{\"name\":\"X\"},\"currency\":\"EUR\","
                + "\"lines\":[{\"sku\":\"HB-M8-40\",\"quantity\":1}]}"), 400, "lines[0].sku");
        assertProblem(call("POST", "/quotes", w.apiKey(), "{\"customer\":{\"email\":\"not-an-email\"},"
                + "\"lines\":[{\"sku\":\"HB-M8-40\",\"quantity\":1}]}"), 400, "customer.email");
        // the same address rule as customer cards: a one-letter top-level domain is refused before anything is made
        assertProblem(call("POST", "/quotes", w.apiKey(), "{\"customer\":{\"name\":\"Acme\",\"email\":\"buy@acme.x\"},"
                + "\"lines\":[{\"sku\":\"HB-M8-40\",\"quantity\":1}]}"), 400, "customer.email");
        assertProblem(call("POST", "/quotes", w.apiKey(), "{\"lines\":[{\"sku\":\"HB-M8-40\",\"quantity\":1}]}"), 400, "customer");
        assertProblem(call("POST", "/quotes", w.apiKey(), "{\"colour\":\"red\"}"), 400, "colour");
        assertProblem(call("PUT", "/quotes/settings", w.apiKey(), "{\"validityDays\":0}"), 400, "validityDays");
        assertProblem(call("PUT", "/quotes/settings", w.apiKey(), "{\"approvalDiscountPercent\":100}"), 400, "approvalDiscountPercent");
        String id = create(w, "[{\"sku\":\"HB-M8-40\",\"quantity\":1}]").get("id").asText();
        assertProblem(call("POST", "/quotes/" + id + "/send", w.apiKey(), "{\"recipients\":[{}]}"), 400, "recipients[0].name");
        // the PDF comes from the renderer of the offerbridge-quotation-pdf feature
        Answer pdf = get("/quotes/" + id + "/pdf", w.apiKey());
        assertEquals(pdf.body(), 200, pdf.status());
        assertEquals("application/pdf", pdf.header("Content-Type"));
        assertTrue("a PDF document", pdf.body().startsWith("%PDF-"));
    }

    @Test
    public void theWorkspaceTemplateShapesItsPdfsAndStaysItsOwn() throws java.io.IOException {
        Workspace a = shop("Template Hardware A");
        Workspace b = shop("Template Hardware B");
        String id = create(a, "[{\"sku\":\"HB-M8-40\",\"quantity\":1}]").get("id").asText();
        java.util.regex.Pattern image = java.util.regex.Pattern.compile("/Subtype\\s*/Image");
        assertFalse("no logo yet", image.matcher(get("/quotes/" + id + "/pdf", a.apiKey()).body()).find());

        Answer t = call("PUT", "/quotes/template", a.apiKey(), "{\"primaryColor\":\"#1a73e8\",\"terms\":\"Payment within 30 days.\\nFree delivery.\","
                + "\"footer\":\"Template Hardware A · IBAN IN00 1234\"}");
        assertEquals(t.body(), 200, t.status());
        assertEquals("#1A73E8", t.json().get("primaryColor").asText());
        assertEquals("Payment within 30 days.\nFree delivery.", t.json().get("terms").asText());
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        Answer logo = send("PUT", "/quotes/template/logo", a.apiKey(), "image/png", png.toByteArray(), Map.of());
        assertEquals(logo.body(), 200, logo.status());
        assertTrue(logo.json().get("hasLogo").asBoolean());
        assertEquals("image/png", get("/quotes/template/logo", a.apiKey()).header("Content-Type"));
        assertTrue("the logo is in the PDF", image.matcher(get("/quotes/" + id + "/pdf", a.apiKey()).body()).find());

        // another workspace has its own (empty) template and never sees this one
        assertFalse(get("/quotes/template", b.apiKey()).json().get("hasLogo").asBoolean());
        assertFalse(get("/quotes/template", b.apiKey()).body().contains("IBAN"));
        assertProblem(get("/quotes/template/logo", b.apiKey()), 404, null);

        assertProblem(call("PUT", "/quotes/template", a.apiKey(), "{\"primaryColor\":\"blue\"}"), 400, "primaryColor");
        assertProblem(call("PUT", "/quotes/template", a.apiKey(), "{\"colour\":\"#000000\"}"), 400, "colour");
        assertProblem(send("PUT", "/quotes/template/logo", a.apiKey(), "image/png", "GIF89a not a png".getBytes(), Map.of()), 400, "logo");
        String sales = call("POST", "/api-keys", a.apiKey(), "{\"name\":\"sales desk\",\"role\":\"sales\"}").json().get("key").asText();
        assertEquals(200, get("/quotes/template", sales).status());
        assertProblem(call("PUT", "/quotes/template", sales, "{\"footer\":\"x\"}"), 403, null);
        assertProblem(call("DELETE", "/quotes/template/logo", sales, null), 403, null);

        assertEquals(204, call("DELETE", "/quotes/template/logo", a.apiKey(), null).status());
        assertProblem(call("DELETE", "/quotes/template/logo", a.apiKey(), null), 404, null);
        assertEquals("the texts stay", "#1A73E8", get("/quotes/template", a.apiKey()).json().get("primaryColor").asText());
    }

    @Test
    public void aQuotesJsonHasNumericQuantitiesAndMoneyAsStrings() {
        Workspace w = shop("Json Types Hardware");
        Answer created = call("POST", "/quotes", w.apiKey(), quoteBody("[{\"sku\":\"HB-M8-40\",\"quantity\":12},"
                + "{\"sku\":\"TAPE-PVC\",\"quantity\":\"2.50\"}]"));
        assertEquals(created.body(), 201, created.status());
        String id = created.json().get("id").asText();
        Answer read = get("/quotes/" + id, w.apiKey());
        assertTrue(read.body(), read.body().contains("\"quantity\":12,") && read.body().contains("\"quantity\":2.5,"));
        for (JsonNode line : read.json().get("lines")) {
            assertTrue(line.toString(), line.get("quantity").isNumber());
            for (String money : new String[] {"unitPrice", "lineTotal", "discountPercent", "taxRate"}) {
                assertTrue(money + " in " + line, line.get(money).isTextual());
            }
        }
        for (String money : new String[] {"net", "discount", "tax", "gross"}) {
            assertTrue(money, read.json().get("totals").get(money).isTextual());
        }
        assertTrue(read.json().get("totals").get("taxes").get(0).get("amount").isTextual());

        // the order made on acceptance shows its lines the same way
        JsonNode sent = sendQuote(w, id);
        assertEquals(200, call("POST", publicPath(sent) + "/accept", null, "{\"name\":\"Json Buyer\"}").status());
        JsonNode order = get("/orders/" + get("/quotes/" + id, w.apiKey()).json().get("orderId").asText(), w.apiKey()).json();
        assertTrue(order.toString(), order.get("lines").get(0).get("quantity").isNumber());
        assertEquals(12, order.get("lines").get(0).get("quantity").asInt());
        assertTrue(order.get("lines").get(0).get("unitPrice").isTextual());
        assertTrue(order.get("totals").get("gross").isTextual());
    }

    @Test
    public void theExpiryJobHandlesEachTenantsOverdueQuotesUnderThatTenantOnly() throws Exception {
        Workspace a = shop("Expiry Tenant A");
        Workspace b = shop("Expiry Tenant B");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String body = "{\"customer\":{\"name\":\"Late Buyer\"},\"validUntil\":\"" + today + "\",\"lines\":[{\"sku\":\"TAPE-PVC\",\"quantity\":1}]}";
        String inA = call("POST", "/quotes", a.apiKey(), body).json().get("id").asText();
        String inB = call("POST", "/quotes", b.apiKey(), body).json().get("id").asText();
        sendQuote(a, inA);
        sendQuote(b, inB);
        ServiceReference<DataSource> ref = bundleContext.getServiceReferences(DataSource.class, "(osgi.jndi.service.name=offerbridge)")
                .iterator().next();
        try (Connection c = bundleContext.getService(ref).getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE OB_QUOTE SET VALIDUNTIL = VALIDUNTIL - 2 WHERE ID IN (?, ?)")) {
            s.setString(1, inA);
            s.setString(2, inB);
            assertEquals(2, s.executeUpdate());
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        await("the expiry job in both tenants", () -> get("/quotes/" + inA, a.apiKey()).json().get("status").asText().equals("expired")
                && get("/quotes/" + inB, b.apiKey()).json().get("status").asText().equals("expired"), 30);
        for (String[] own : new String[][] {{inA, a.apiKey(), b.apiKey()}, {inB, b.apiKey(), a.apiKey()}}) {
            JsonNode timeline = get("/quotes/" + own[0] + "/timeline", own[1]).json();
            assertEquals("quote.expired", timeline.get(timeline.size() - 1).get("type").asText());
            assertEquals("system", timeline.get(timeline.size() - 1).get("actor").asText());
            assertProblem(get("/quotes/" + own[0], own[2]), 404, null);
            assertProblem(get("/quotes/" + own[0] + "/timeline", own[2]), 404, null);
            JsonNode expired = get("/quotes?status=expired", own[1]).json().get("items");
            assertEquals(expired.toString(), 1, expired.size());
            assertEquals(own[0], expired.get(0).get("id").asText());
        }
    }

    @Test
    public void eventsToldAgainByTheRelayCarryEachTenantsOwnQuotes() {
        Workspace a = shop("Events Tenant A");
        Workspace b = shop("Events Tenant B");
        // a listener that fails the first time it hears of each event, so the relay's scan across tenants tells it again
        Set<String> failedOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<String[]> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        QuoteEvents flaky = new QuoteEvents() {
            @Override
            public void quoteEvent(String tenantId, String type, String quoteId, Map<String, Object> payload) {
                throw new AssertionError("the dispatcher tells the event's id");
            }

            @Override
            public void quoteEvent(String eventId, String tenantId, String type, String quoteId, Map<String, Object> payload) {
                if (!"quote.created".equals(type) || !Set.of(a.tenantId(), b.tenantId()).contains(tenantId)) {
                    return;
                }
                if (failedOnce.add(eventId)) {
                    throw new IllegalStateException("not now");
                }
                heard.add(new String[] {tenantId, quoteId});
            }
        };
        ServiceRegistration<QuoteEvents> registration = bundleContext.registerService(QuoteEvents.class, flaky, null);
        try {
            String inA = create(a, "[{\"sku\":\"HB-M8-40\",\"quantity\":1}]").get("id").asText();
            String inB = create(b, "[{\"sku\":\"TAPE-PVC\",\"quantity\":1}]").get("id").asText();
            await("both tenants' events told again", () -> heard.size() >= 2, 30);
            Map<String, String> tenantOf = new java.util.HashMap<>();
            for (String[] h : heard) {
                assertNull("each event is told again once", tenantOf.put(h[1], h[0]));
            }
            assertEquals(Map.of(inA, a.tenantId(), inB, b.tenantId()), tenantOf);
        } finally {
            registration.unregister();
        }
    }

    @Test
    public void eachTenantsLinkOpensAndDecidesItsOwnQuote() {
        Workspace a = shop("Link Tenant A");
        Workspace b = shop("Link Tenant B");
        JsonNode qa = create(a, "[{\"sku\":\"HB-M8-40\",\"quantity\":1}]");
        JsonNode qb = create(b, "[{\"sku\":\"TAPE-PVC\",\"quantity\":1}]");
        String pathA = publicPath(sendQuote(a, qa.get("id").asText()));
        String pathB = publicPath(sendQuote(b, qb.get("id").asText()));
        String pageA = page(pathA, "en").body();
        String pageB = page(pathB, "en").body();
        assertTrue(pageA.contains("Link Tenant A") && !pageA.contains("Link Tenant B"));
        assertTrue(pageB.contains("Link Tenant B") && !pageB.contains("Link Tenant A"));
        assertEquals("viewed", get("/quotes/" + qa.get("id").asText(), a.apiKey()).json().get("status").asText());
        assertEquals("viewed", get("/quotes/" + qb.get("id").asText(), b.apiKey()).json().get("status").asText());

        assertEquals("accepted", call("POST", pathB + "/accept", null, "{\"name\":\"B Buyer\"}").json().get("status").asText());
        assertEquals(1, get("/orders", b.apiKey()).json().get("items").size());
        assertEquals(0, get("/orders", a.apiKey()).json().get("items").size());
        assertEquals("viewed", get("/quotes/" + qa.get("id").asText(), a.apiKey()).json().get("status").asText());
        assertProblem(call("POST", pathA + "/accept", null, "{\"name\":\"A Buyer\",\"extra\":1}"), 400, "extra");
        assertProblem(call("POST", pathA + "/accept", null, "{\"name\":\" \"}"), 400, "name");
    }

    @Test
    public void aTruncatedLogoIsRefusedAndTheWorkspacesPdfsStillRender() throws Exception {
        Workspace a = shop("Broken Logo Hardware");
        Workspace b = shop("Broken Logo Neighbour");
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 120; x++) {
                img.setRGB(x, y, random.nextInt());
            }
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        byte[] truncated = java.util.Arrays.copyOf(png.toByteArray(), png.size() / 2);

        assertProblem(send("PUT", "/quotes/template/logo", a.apiKey(), "image/png", truncated, Map.of()), 400, "logo");
        assertFalse(get("/quotes/template", a.apiKey()).json().get("hasLogo").asBoolean());
        Answer whole = send("PUT", "/quotes/template/logo", a.apiKey(), "image/png", png.toByteArray(), Map.of());
        assertEquals(whole.body(), 200, whole.status());
        assertProblem(send("PUT", "/quotes/template/logo", a.apiKey(), "image/png", truncated, Map.of()), 400, "logo");
        assertTrue("the refused upload left the stored logo alone", get("/quotes/template", a.apiKey()).json().get("hasLogo").asBoolean());

        String id = create(a, "[{\"sku\":\"HB-M8-40\",\"quantity\":1}]").get("id").asText();
        String customerPath = publicPath(sendQuote(a, id)) + "/pdf";
        String neighbourPath = publicPath(sendQuote(b, create(b, "[{\"sku\":\"HB-M8-40\",\"quantity\":1}]").get("id").asText())) + "/pdf";
        // A logo stored before uploads were decoded completely: damaged in the database itself.
        ServiceReference<DataSource> ref = bundleContext.getServiceReferences(DataSource.class, "(osgi.jndi.service.name=offerbridge)")
                .iterator().next();
        try (Connection c = bundleContext.getService(ref).getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE OB_QUOTE_TEMPLATE SET LOGO = ? WHERE ID = ?")) {
            s.setBytes(1, truncated);
            s.setString(2, a.tenantId());
            assertEquals(1, s.executeUpdate());
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } finally {
            bundleContext.ungetService(ref);
        }
        assertEquals("no template message before", 0, templateMessages(a).size());

        // The customer's public PDF comes first: it renders without the logo, and the seller's workspace is told.
        Answer customerPdf = page(customerPath, null);
        assertEquals(customerPdf.body(), 200, customerPdf.status());
        assertTrue(customerPdf.body().startsWith("%PDF-"));
        assertFalse("nothing about it for the customer", customerPdf.body().contains("template"));
        List<JsonNode> told = templateMessages(a);
        assertEquals(told.toString(), 1, told.size());
        assertTrue(told.toString(), told.get(0).get("message").asText().contains("logo"));
        assertEquals("warning", told.get(0).get("severity").asText());
        assertEquals("the neighbour is told nothing", 0, templateMessages(b).size());
        assertEquals(200, page(neighbourPath, null).status());
        assertEquals("the neighbour's own PDF is fine", 0, templateMessages(b).size());

        Answer staffPdf = get("/quotes/" + id + "/pdf", a.apiKey());
        assertEquals(staffPdf.body(), 200, staffPdf.status());
        assertTrue(staffPdf.body().startsWith("%PDF-"));
        assertEquals("at most one message an hour", 1, templateMessages(a).size());
        assertEquals(200, page(customerPath, null).status());
        assertEquals("at most one message an hour", 1, templateMessages(a).size());
        assertFalse("the other workspace has no logo", get("/quotes/template", b.apiKey()).json().get("hasLogo").asBoolean());
    }

    /** The workspace's system messages from quotes (the template failures). */
    private List<JsonNode> templateMessages(Workspace w) {
        Answer m = get("/system-messages", w.apiKey());
        assertEquals(m.body(), 200, m.status());
        List<JsonNode> found = new java.util.ArrayList<>();
        m.json().get("items").forEach(i -> {
            if ("quotes".equals(i.get("source").asText())) {
                found.add(i);
            }
        });
        return found;
    }

    @Test
    public void optionsAProductLacksAreA400NamingTheLine() {
        Workspace w = shop("Options Strict Hardware");
        assertProblem(call("POST", "/quotes", w.apiKey(), quoteBody("[{\"sku\":\"HB-M8-40\",\"quantity\":1},"
                + "{\"sku\":\"TAPE-PVC\",\"quantity\":1,\"options\":{\"Colour\":\"Blue\"}}]")), 400, "lines[1].options");
        assertProblem(call("POST", "/quotes", w.apiKey(), quoteBody("[{\"sku\":\"HB-M8-40\",\"quantity\":1,\"options\":{\"Colour\":\" \"}}]")),
                400, "lines[0].options");
        JsonNode q = create(w, "[{\"sku\":\"HB-M8-40\",\"quantity\":1}]");
        assertFalse("no options, no field: " + q.get("lines"), q.get("lines").get(0).has("options"));
        assertProblem(call("PATCH", "/quotes/" + q.get("id").asText(), w.apiKey(),
                "{\"lines\":[{\"sku\":\"HB-M8-40\",\"quantity\":2,\"options\":{\"Size\":\"XL\"}}]}"), 400, "lines[0].options");
    }

    @Test
    public void aRequestsChosenOptionsBecomeTheQuoteLinesOptionsPricedWithTheirDeltas() {
        Workspace w = shop("Options Hardware");
        Answer product = call("POST", "/catalog/products", w.apiKey(), "{\"sku\":\"WS-100\",\"name\":\"Work shirt\",\"unit\":\"pcs\","
                + "\"price\":\"10.00\",\"currency\":\"INR\",\"options\":[{\"name\":\"Colour\",\"values\":[{\"value\":\"Blue\"},"
                + "{\"value\":\"Red\",\"priceDelta\":\"1.50\"}]},{\"name\":\"Size\",\"values\":[{\"value\":\"M\"},"
                + "{\"value\":\"XL\",\"priceDelta\":\"2.25\"}]}]}");
        assertEquals(product.body(), 201, product.status());
        assertEquals(product.body(), 2, product.json().path("options").size());

        String request = "{\"channel\":\"webform\",\"sender\":{\"name\":\"Asha\",\"email\":\"asha@form.example\"},"
                + "\"items\":[{\"sku\":\"WS-100\",\"quantity\":3,\"options\":{\"size\":\"xl\",\"colour\":\"red\"}}]}";
        JsonNode r = call("POST", "/requests", w.apiKey(), request).json();
        JsonNode line = r.get("proposal").get(0);
        assertEquals(r.toString(), "WS-100", line.get("sku").asText());
        assertEquals("the product's spelling and order", "{\"Colour\":\"Red\",\"Size\":\"XL\"}", line.get("options").toString());
        assertEquals("10.00 + 1.50 + 2.25", "13.75", line.get("unitPrice").asText());

        Answer confirmed = call("POST", "/requests/" + r.get("id").asText() + "/confirm", w.apiKey(), null);
        assertEquals(confirmed.body(), 200, confirmed.status());
        String quoteId = confirmed.json().get("quoteId").asText();
        JsonNode q = get("/quotes/" + quoteId, w.apiKey()).json();
        JsonNode quoted = q.get("lines").get(0);
        assertEquals("{\"Colour\":\"Red\",\"Size\":\"XL\"}", quoted.get("options").toString());
        assertEquals("13.75", quoted.get("unitPrice").asText());
        assertEquals("3 × 13.75", "41.25", quoted.get("lineTotal").asText());
        assertEquals("41.25 + 18 % tax (7.43)", "48.68", q.get("totals").get("gross").asText());

        // kept through an edit in the quote editor's shape, shown to the customer, copied into a revision
        Answer patched = call("PATCH", "/quotes/" + quoteId, w.apiKey(),
                "{\"lines\":[{\"sku\":\"WS-100\",\"quantity\":4,\"options\":{\"Colour\":\"Blue\",\"Size\":\"M\"}}]}");
        assertEquals(patched.body(), 200, patched.status());
        assertEquals("10.00", patched.json().get("lines").get(0).get("unitPrice").asText());
        String path = publicPath(sendQuote(w, quoteId));
        Answer html = page(path, "en");
        assertTrue(html.body(), html.body().contains("Work shirt <small>WS-100</small><span class=\"opt\">Colour: Blue · Size: M</span>"));
        JsonNode revised = call("POST", "/quotes/" + quoteId + "/revise", w.apiKey(), null).json();
        assertEquals("{\"Colour\":\"Blue\",\"Size\":\"M\"}", revised.get("lines").get(0).get("options").toString());

        Workspace other = shop("Options Other");
        assertProblem(get("/quotes/" + quoteId, other.apiKey()), 404, null);
    }
}
