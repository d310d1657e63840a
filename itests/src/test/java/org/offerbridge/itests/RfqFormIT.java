package org.offerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * The request-for-quote form on the real distribution: settings round trip, validation and roles; the public form
 * refused (404) while off, for unknown tokens and other workspaces; JSON, urlencoded and multipart submissions becoming
 * a conversation message on the webform channel and an intake request with channel webform; honeypot, fast fill and
 * the daily cap (with its one system message); the customer's copy received by GreenMail; the seller's notification
 * (summary and {@code offerbridge.rfq/1} JSON, checked against the schema the bundle ships) and none while notify is
 * off; the retention purge with a moved clock ({@code offerbridge:rfq-purge --as-of}), which takes this workspace's old
 * submissions with their messages, files and requests and leaves its neighbour's alone.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RfqFormIT extends OfferbridgeTestSupport {
    private static final int CAP = 3;
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private static final String SMTP_USER = "mailbox";
    private static final String SMTP_PASSWORD = "smtp pass " + System.nanoTime();
    private static GreenMail smtp;
    private static int smtpPort;

    @javax.inject.Inject
    SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return baseOptions(
                mavenBundle("com.icegreen", "greenmail", System.getProperty("greenmail.version")),
                editConfigurationFilePut("etc/org.offerbridge.platform.outbound.cfg", "allowedPrivateHosts", "127.0.0.1"),
                editConfigurationFilePut("etc/org.offerbridge.rfqform.cfg", "dailyCap", Integer.toString(CAP)),
                editConfigurationFilePut("etc/org.offerbridge.rfqform.cfg", "minFillSeconds", "2"),
                editConfigurationFilePut("etc/org.offerbridge.channels.cfg", "pollIntervalMillis", "200"));
    }

    @Before
    public void ready() throws IOException {
        awaitApi();
        await("the form settings endpoint", () -> get("/rfq-form/settings", register("Probe", "business").apiKey()).status() == 200, 90);
        if (smtp == null) {
            try (ServerSocket s = new ServerSocket(0)) {
                smtpPort = s.getLocalPort();
            }
            smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withUser("sales@mailform.example", SMTP_USER, SMTP_PASSWORD));
            smtp.start();
        }
    }

    // --- helpers ---

    private JsonNode enable(Workspace w) {
        Answer a = call("PUT", "/rfq-form/settings", w.apiKey(), "{\"enabled\":true}");
        assertEquals(a.body(), 200, a.status());
        return a.json();
    }

    /** The form's path under the API base: /rfq/{token}. */
    private static String formPath(JsonNode settings) {
        String url = settings.get("formUrl").asText();
        return url.substring(url.indexOf("/api/v1") + "/api/v1".length());
    }

    private Answer postJson(String path, String body) {
        return call("POST", path, null, body);
    }

    private Answer postForm(String path, String urlencoded) {
        return send("POST", path, null, "application/x-www-form-urlencoded", urlencoded.getBytes(StandardCharsets.UTF_8),
                Map.of("Accept", "text/html"));
    }

    private Answer page(String path) {
        return call("GET", path, null, null, Map.of("Accept", "text/html"));
    }

    private static String formToken(Answer page) {
        Matcher m = FORM_TOKEN.matcher(page.body());
        assertTrue(page.body(), m.find());
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonNode conversations(Workspace w, String channelId) {
        return get("/conversations?channel=" + channelId, w.apiKey()).json().get("items");
    }

    /** The one conversation of the webform channel with this email, once it is there. */
    private JsonNode conversationOf(Workspace w, String channelId, String email) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await("the submission's conversation", () -> {
            for (JsonNode c : conversations(w, channelId)) {
                if (email.equals(c.path("contact").path("email").asText())) {
                    found.set(c);
                    return true;
                }
            }
            return false;
        }, 30);
        return found.get();
    }

    private JsonNode requestOf(Workspace w, String conversationId) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await("the intake request of the submission", () -> {
            JsonNode items = get("/requests?conversation=" + conversationId, w.apiKey()).json().path("items");
            if (items.size() > 0 && !"received".equals(items.get(0).path("status").asText())) {
                found.set(items.get(0));
                return true;
            }
            return false;
        }, 60);
        return get("/requests/" + found.get().get("id").asText(), w.apiKey()).json();
    }

    private static List<String> skus(JsonNode request) {
        List<String> out = new ArrayList<>();
        for (JsonNode l : request.path("proposal")) {
            if ("line".equals(l.path("kind").asText())) {
                out.add(l.path("sku").asText());
            }
        }
        return out;
    }

    // --- settings ---

    @Test
    public void settingsRoundTripValidationAndRoles() {
        Workspace w = register("Form Settings Ltd", "business");
        JsonNode s = get("/rfq-form/settings", w.apiKey()).json();
        assertFalse(s.get("enabled").asBoolean());
        assertEquals(30, s.get("retentionDays").asInt());
        assertEquals("all", s.get("products").asText());
        assertEquals(7, s.get("languages").size());
        assertTrue(s.get("formUrl").asText(), s.get("formUrl").asText().matches("http://[^/]+/api/v1/rfq/[A-Za-z0-9_-]{20,}"));
        assertTrue(s.get("embedSnippet").asText().startsWith("<script src=\"" + s.get("formUrl").asText() + "/embed.js\""));
        assertTrue(s.get("embedSnippet").asText().contains("<noscript><a href=\"" + s.get("formUrl").asText() + "\""));
        assertTrue(s.get("iframeSnippet").asText().startsWith("<iframe src=\"" + s.get("formUrl").asText() + "\""));
        assertTrue(s.get("channelId").isNull());

        assertProblem(call("PUT", "/rfq-form/settings", w.apiKey(), "{\"retentionDays\":0}"), 400, "retentionDays");
        assertProblem(call("PUT", "/rfq-form/settings", w.apiKey(), "{\"retentionDays\":366}"), 400, "retentionDays");
        assertProblem(call("PUT", "/rfq-form/settings", w.apiKey(), "{\"languages\":[\"en\",\"pt\"]}"), 400, "languages[1]");
        assertProblem(call("PUT", "/rfq-form/settings", w.apiKey(), "{\"requiredFields\":[\"name\",\"company\"]}"), 400, "requiredFields");
        assertProblem(call("PUT", "/rfq-form/settings", w.apiKey(), "{\"recipients\":[\"not an address\"]}"), 400, "recipients[0]");
        assertProblem(call("PUT", "/rfq-form/settings", w.apiKey(), "{\"products\":5}"), 400, "products");
        assertFalse("nothing changed by refused puts", get("/rfq-form/settings", w.apiKey()).json().get("enabled").asBoolean());

        Answer put = call("PUT", "/rfq-form/settings", w.apiKey(), "{\"enabled\":true,\"notify\":true,\"recipients\":[\"Sales@Form.example\"],"
                + "\"buttonLabel\":\"Ask for a price\",\"customerText\":\"We answer within a day.\",\"retentionDays\":90,"
                + "\"products\":[\"HB-M8-40\"],\"requiredFields\":[\"phone\",\"name\"],\"thankYouText\":\"Talk soon.\",\"languages\":[\"de\",\"en\"]}");
        assertEquals(put.body(), 200, put.status());
        JsonNode p = put.json();
        assertTrue(p.get("enabled").asBoolean());
        assertTrue(p.get("notify").asBoolean());
        assertEquals("sales@form.example", p.get("recipients").get(0).asText());
        assertEquals(90, p.get("retentionDays").asInt());
        assertEquals("HB-M8-40", p.get("products").get(0).asText());
        assertEquals("[\"name\",\"phone\"]", p.get("requiredFields").toString());
        assertEquals("[\"de\",\"en\"]", p.get("languages").toString());
        assertTrue(p.get("embedSnippet").asText().contains(">Ask for a price</a>"));
        assertEquals(s.get("formUrl").asText(), p.get("formUrl").asText());
        String channelId = p.get("channelId").asText();
        assertEquals(p.toString(), get("/rfq-form/settings", w.apiKey()).json().toString());

        // the webform channel: one, made by enabling; not through POST /channels; enabling again reuses it
        JsonNode channel = get("/channels/" + channelId, w.apiKey()).json();
        assertEquals("webform", channel.get("kind").asText());
        assertProblem(call("POST", "/channels", w.apiKey(), "{\"kind\":\"webform\",\"name\":\"second\",\"settings\":{}}"), 409, "kind");
        call("PUT", "/rfq-form/settings", w.apiKey(), "{\"enabled\":false}");
        assertEquals(channelId, enable(w).get("channelId").asText());
        // deleted by staff: enabling makes it again
        assertEquals(204, call("DELETE", "/channels/" + channelId, w.apiKey(), null).status());
        await("the channel deleted", () -> get("/channels/" + channelId, w.apiKey()).status() == 404, 10);
        assertNotEquals(channelId, enable(w).get("channelId").asText());

        // roles: admins only
        String sales = call("POST", "/api-keys", w.apiKey(), "{\"name\":\"sales desk\",\"role\":\"sales\"}").json().get("key").asText();
        assertProblem(get("/rfq-form/settings", sales), 403, null);
        assertProblem(call("PUT", "/rfq-form/settings", sales, "{\"enabled\":false}"), 403, null);
        assertProblem(get("/rfq-form/settings", null), 401, null);
        // a plan without the form
        Workspace starter = register("Starter Shop", "starter");
        assertEquals(402, get("/rfq-form/settings", starter.apiKey()).status());
    }

    // --- the public form ---

    @Test
    public void theFormIsNotFoundWhileOffForUnknownTokensAndAfterSwitchingOff() {
        Workspace w = withHardwareCatalog("Form Off Hardware");
        JsonNode s = get("/rfq-form/settings", w.apiKey()).json();
        String path = formPath(s);
        Answer off = page(path);
        assertEquals(404, off.status());
        assertTrue(off.header("Content-Type").startsWith("text/html"));
        assertTrue(off.body().contains("This form is not available"));
        assertProblem(postJson(path, "{\"name\":\"A\",\"email\":\"a@b.example\",\"message\":\"10 bolts\"}"), 404, null);
        assertEquals(404, get(path + "/embed.js", null).status());

        enable(w);
        Answer on = page(path + "?lang=fr");
        assertEquals(on.body(), 200, on.status());
        assertTrue(on.body().contains("<html lang=\"fr\">"));
        assertTrue(on.body().contains("M8 hex bolt 40mm"));
        assertTrue(on.header("Content-Security-Policy").startsWith("default-src 'none'"));
        assertEquals("nosniff", on.header("X-Content-Type-Options"));
        assertEquals("no-store", on.header("Cache-Control"));
        Answer one = page(path + "?sku=HB-M8-60");
        assertTrue(one.body().contains("name=\"items.0.sku\" value=\"HB-M8-60\""));
        assertFalse("only the chosen product", one.body().contains("value=\"HB-M8-40\""));
        Answer script = get(path + "/embed.js", null);
        assertEquals(200, script.status());
        assertTrue(script.header("Content-Type").startsWith("text/javascript"));
        assertTrue(script.body().contains(s.get("formUrl").asText()));

        // an unknown token, and a token that only looks like one
        assertEquals(404, page("/rfq/" + "A".repeat(32)).status());
        assertEquals(404, page("/rfq/x").status());

        call("PUT", "/rfq-form/settings", w.apiKey(), "{\"enabled\":false}");
        assertEquals(404, page(path).status());
        assertEquals(404, postJson(path, "{\"name\":\"A\",\"email\":\"a@b.example\",\"message\":\"10 bolts\"}").status());
    }

    @Test
    public void eachWorkspaceHasItsOwnFormAndSettings() {
        Workspace a = withHardwareCatalog("Tenant A Hardware");
        Workspace b = withHardwareCatalog("Tenant B Hardware");
        JsonNode sa = enable(a);
        JsonNode sb = get("/rfq-form/settings", b.apiKey()).json();
        assertNotEquals(sa.get("formUrl").asText(), sb.get("formUrl").asText());
        assertFalse("b's form is still off", sb.get("enabled").asBoolean());
        assertEquals(404, page(formPath(sb)).status());
        // a's submission lands in a's conversations only
        Answer r = postJson(formPath(sa), "{\"name\":\"Cross\",\"email\":\"cross@tenant.example\",\"message\":\"12 M8 hex bolts 40mm\"}");
        assertEquals(r.body(), 201, r.status());
        conversationOf(a, sa.get("channelId").asText(), "cross@tenant.example");
        assertFalse(get("/conversations", b.apiKey()).body().contains("cross@tenant.example"));
        assertEquals(404, get("/channels/" + sa.get("channelId").asText(), b.apiKey()).status());
    }

    // --- submissions ---

    @Test
    public void aJsonSubmissionBecomesAConversationMessageAndARequestOnTheWebformChannel() {
        Workspace w = withHardwareCatalog("Json Form Hardware");
        JsonNode s = enable(w);
        Answer r = postJson(formPath(s), "{\"name\":\"Anil Sharma\",\"email\":\"anil@json.example\",\"phone\":\"+91 98765 43210\","
                + "\"company\":\"Sharma Traders\",\"message\":\"Please also quote 2 rolls of PVC tape.\","
                + "\"items\":[{\"sku\":\"HB-M8-40\",\"quantity\":12}]}");
        assertEquals(r.body(), 201, r.status());
        String reference = r.json().get("reference").asText();
        assertTrue(reference, reference.matches("RFQ-[2-9A-Z]{4}-[2-9A-Z]{4}"));

        JsonNode c = conversationOf(w, s.get("channelId").asText(), "anil@json.example");
        assertEquals("webform", c.get("channel").get("kind").asText());
        assertEquals("Anil Sharma", c.get("contact").get("name").asText());
        JsonNode messages = get("/conversations/" + c.get("id").asText() + "/messages", w.apiKey()).json().get("items");
        String text = messages.get(0).get("text").asText();
        assertTrue(text, text.contains(reference));
        assertTrue(text, text.contains("12 × M8 hex bolt 40mm (HB-M8-40)"));
        assertTrue(text, text.contains("Company: Sharma Traders"));
        JsonNode cannot = get("/conversations/" + c.get("id").asText(), w.apiKey()).json().get("cannotReply");
        assertNotNull("a web form carries no replies", cannot);

        JsonNode request = requestOf(w, c.get("id").asText());
        assertEquals("webform", request.get("channel").asText());
        assertTrue("the free text is parsed as usual: " + request, skus(request).contains("TAPE-PVC"));

        // the same submission sent twice is two requests for the customer, with two references
        Answer again = postJson(formPath(s), "{\"name\":\"Anil Sharma\",\"email\":\"anil@json.example\",\"message\":\"and 3 rolls of tape\"}");
        assertEquals(201, again.status());
        assertNotEquals(reference, again.json().get("reference").asText());

        assertProblem(postJson(formPath(s), "{\"email\":\"x@y.example\",\"message\":\"hi\"}"), 400, "name");
        assertProblem(postJson(formPath(s), "{\"name\":\"X\",\"email\":\"nope\",\"message\":\"hi\"}"), 400, "email");
        assertProblem(postJson(formPath(s), "{\"name\":\"X\",\"email\":\"x@y.example\",\"items\":[{\"sku\":\"NOPE\",\"quantity\":1}]}"), 400,
                "items[0].sku");
        assertProblem(postJson(formPath(s), "{\"name\":\"X\",\"email\":\"x@y.example\",\"items\":[{\"sku\":\"HB-M8-40\",\"quantity\":0}]}"), 400,
                "items[0].quantity");
        assertProblem(postJson(formPath(s), "{\"name\":\"X\",\"email\":\"x@y.example\",\"items\":[{\"sku\":\"HB-M8-40\",\"quantity\":1,"
                + "\"options\":{\"Colour\":\"Red\"}}]}"), 400, "items[0].options");
        assertProblem(postJson(formPath(s), "{\"name\":\"X\",\"email\":\"x@y.example\"}"), 400, "items");
        assertProblem(postJson(formPath(s), "{\"name\":\"X\",\"email\":\"x@y.example\",\"message\":\"hi\",\"formToken\":\"v1.1.forged\"}"), 400,
                "formToken");
    }

    /**
     * The chosen items reach the parser's intake through the webform message and become the request's lines, a
     * product's chosen options with them, priced with their differences; the form page offers the options.
     */
    @Test
    public void theChosenItemsBecomeTheRequestsLinesWithTheirOptions() {
        Workspace w = withHardwareCatalog("Items Form Hardware");
        Answer shirt = call("POST", "/catalog/products", w.apiKey(), "{\"sku\":\"WS-200\",\"name\":\"Work shirt\",\"unit\":\"pcs\","
                + "\"price\":\"10.00\",\"currency\":\"INR\",\"options\":[{\"name\":\"Colour\",\"values\":[{\"value\":\"Blue\"},"
                + "{\"value\":\"Red\",\"priceDelta\":\"1.50\"}]}]}");
        assertEquals(shirt.body(), 201, shirt.status());
        JsonNode s = enable(w);
        Answer page = page(formPath(s) + "?sku=WS-200&lang=en");
        assertEquals(page.body(), 200, page.status());
        assertTrue("the form offers the product's option values", page.body().contains(">Red") && page.body().contains(">Blue"));

        Answer r = postJson(formPath(s), "{\"name\":\"Items\",\"email\":\"items@form.example\",\"items\":[{\"sku\":\"HB-M8-60\",\"quantity\":7},"
                + "{\"sku\":\"WS-200\",\"quantity\":2,\"options\":{\"Colour\":\"Red\"}}]}");
        assertEquals(r.body(), 201, r.status());
        JsonNode request = requestOf(w, conversationOf(w, s.get("channelId").asText(), "items@form.example").get("id").asText());
        assertTrue(request.toString(), skus(request).containsAll(List.of("HB-M8-60", "WS-200")));
        JsonNode shirtLine = null;
        for (JsonNode l : request.path("proposal")) {
            if ("WS-200".equals(l.path("sku").asText())) {
                shirtLine = l;
            }
        }
        assertEquals(request.toString(), "{\"Colour\":\"Red\"}", shirtLine.path("options").toString());
        assertEquals(request.toString(), 0, new java.math.BigDecimal("11.50").compareTo(new java.math.BigDecimal(shirtLine.path("unitPrice").asText())));
    }

    @Test
    public void aBrowserPostIsRefusedWhenFastThenLandsOnTheThankYouPage() {
        Workspace w = withHardwareCatalog("Browser Form Hardware");
        JsonNode s = enable(w);
        String path = formPath(s);
        Answer form = page(path + "?lang=de");
        String token = formToken(form);
        String body = "name=" + enc("Priya Rao") + "&email=" + enc("priya@browser.example") + "&message=" + enc("Please also quote 2 rolls of PVC tape")
                + "&items.0.sku=HB-M8-40&items.0.quantity=5&items.1.sku=HB-M8-60&items.1.quantity=&website=&lang=de&formToken=" + enc(token);
        Answer fast = postForm(path, body);
        assertEquals(fast.body(), 400, fast.status());
        assertTrue(fast.body().contains("Das ging schnell"));
        assertTrue("what was typed is kept", fast.body().contains("value=\"Priya Rao\""));
        assertTrue(conversations(w, s.get("channelId").asText()).isEmpty());

        // people are slower than the minimum fill time: the same post, sent again until that time has passed
        AtomicReference<Answer> done = new AtomicReference<>();
        await("the post accepted once the form was open long enough", () -> {
            Answer a = postForm(path, body);
            done.set(a);
            return a.status() != 400;
        }, 30);
        Answer sent = done.get();
        assertEquals(sent.body(), 303, sent.status());
        String location = sent.header("Location");
        assertTrue(location, location.matches("[A-Za-z0-9_-]+\\?sent=RFQ-[2-9A-Z]{4}-[2-9A-Z]{4}&lang=de"));
        Answer thanks = page("/rfq/" + location);
        assertEquals(200, thanks.status());
        assertTrue(thanks.body().contains("Vielen Dank für Ihre Anfrage"));
        String reference = location.substring(location.indexOf("sent=") + 5, location.indexOf('&'));
        assertTrue(thanks.body().contains(reference));
        JsonNode c = conversationOf(w, s.get("channelId").asText(), "priya@browser.example");
        JsonNode request = requestOf(w, c.get("id").asText());
        assertEquals("webform", request.get("channel").asText());

        // a form with errors comes back with them, in the form's language, and nothing is stored
        Answer bad = postForm(path, "name=&email=nope&items.0.sku=HB-M8-40&items.0.quantity=x&lang=de&formToken=" + enc(token));
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("id=\"errors\""));
        assertTrue(bad.body().contains("aria-describedby=\"f-email-error\" aria-invalid=\"true\""));
        assertTrue(bad.body().contains("id=\"f-items.0.quantity-error\""));
        assertEquals(1, conversations(w, s.get("channelId").asText()).size());
    }

    @Test
    public void aMultipartPostWithAFileKeepsTheFileWithTheMessage() {
        Workspace w = withHardwareCatalog("Files Form Hardware");
        JsonNode s = enable(w);
        String path = formPath(s);
        String token = formToken(page(path));
        String boundary = "----ob" + System.nanoTime();
        String multipart = part(boundary, "name", "File Sender") + part(boundary, "email", "files@form.example")
                + part(boundary, "message", "Quote the list attached please") + part(boundary, "formToken", token)
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"list.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + "sku,quantity\nTAPE-PVC,4\n\r\n--" + boundary + "--\r\n";
        AtomicReference<Answer> done = new AtomicReference<>();
        await("the multipart post accepted", () -> {
            Answer a = send("POST", path, null, "multipart/form-data; boundary=" + boundary, multipart.getBytes(StandardCharsets.UTF_8),
                    Map.of("Accept", "text/html"));
            done.set(a);
            return a.status() != 400;
        }, 30);
        assertEquals(done.get().body(), 303, done.get().status());
        JsonNode c = conversationOf(w, s.get("channelId").asText(), "files@form.example");
        JsonNode message = get("/conversations/" + c.get("id").asText() + "/messages", w.apiKey()).json().get("items").get(0);
        JsonNode file = message.get("attachments").get(0);
        assertEquals("list.csv", file.get("name").asText());
        assertEquals("stored", file.get("status").asText());
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    // --- anti-abuse ---

    @Test
    public void theHoneypotIsRefusedAndNothingIsStored() {
        Workspace w = withHardwareCatalog("Honeypot Hardware");
        JsonNode s = enable(w);
        assertProblem(postJson(formPath(s), "{\"name\":\"Bot\",\"email\":\"bot@spam.example\",\"message\":\"buy\",\"website\":\"http://spam.example\"}"),
                400, "website");
        Answer page = postForm(formPath(s), "name=Bot&email=bot%40spam.example&message=buy&website=http%3A%2F%2Fspam.example&formToken=x");
        assertEquals(400, page.status());
        assertTrue(page.body().contains("Your request could not be sent"));
        assertTrue(conversations(w, s.get("channelId").asText()).isEmpty());
    }

    @Test
    public void theDailyCapRefusesPolitelyAndTellsTheWorkspaceOnce() {
        Workspace w = withHardwareCatalog("Busy Hardware");
        JsonNode s = enable(w);
        for (int i = 0; i < CAP; i++) {
            Answer a = postJson(formPath(s), "{\"name\":\"Buyer " + i + "\",\"email\":\"buyer" + i + "@cap.example\",\"message\":\"12 M8 hex bolts 40mm\"}");
            assertEquals(a.body(), 201, a.status());
        }
        Answer over = postJson(formPath(s), "{\"name\":\"Late\",\"email\":\"late@cap.example\",\"message\":\"12 M8 hex bolts 40mm\"}");
        assertProblem(over, 429, null);
        long retry = Long.parseLong(over.header("Retry-After"));
        assertTrue(retry > 0 && retry <= 86_400);
        assertEquals(429, postJson(formPath(s), "{\"name\":\"Later\",\"email\":\"later@cap.example\",\"message\":\"hi\"}").status());
        Answer browser = postForm(formPath(s), "name=Late&email=late%40cap.example&message=hi&formToken=" + enc(formToken(page(formPath(s)))));
        // the token is fresh: refused as too fast first, or by the cap; either is polite HTML
        assertTrue(browser.status() == 400 || browser.status() == 429);
        assertTrue(browser.header("Content-Type").startsWith("text/html"));
        JsonNode messages = get("/system-messages", w.apiKey()).json().get("items");
        int told = 0;
        for (JsonNode m : messages) {
            if ("rfq-form".equals(m.get("source").asText()) && m.get("message").asText().contains("daily limit of " + CAP)) {
                told++;
            }
        }
        assertEquals(messages.toString(), 1, told);
        // another workspace's form is not affected
        Workspace other = withHardwareCatalog("Quiet Hardware");
        assertEquals(201, postJson(formPath(enable(other)), "{\"name\":\"A\",\"email\":\"a@quiet.example\",\"message\":\"hi\"}").status());
    }

    // --- the customer's copy ---

    @Test
    public void theCustomerGetsACopyInTheirLanguageAndAMissingMailSetupIsReported() throws Exception {
        Workspace w = withHardwareCatalog("Mail Form Hardware");
        JsonNode s = enable(w);
        Answer none = postJson(formPath(s), "{\"name\":\"No Mail\",\"email\":\"nomail@form.example\",\"message\":\"12 M8 hex bolts 40mm\"}");
        assertEquals(201, none.status());
        await("the system message about the copy", () -> get("/system-messages", w.apiKey()).body().contains("has no email settings"), 30);

        Answer smtpSet = call("PUT", "/settings/email", w.apiKey(), "{\"host\":\"127.0.0.1\",\"port\":" + smtpPort
                + ",\"security\":\"none\",\"username\":\"" + SMTP_USER + "\",\"password\":\"" + SMTP_PASSWORD
                + "\",\"fromAddress\":\"sales@mailform.example\",\"fromName\":\"Mail Form Sales\"}");
        assertEquals(smtpSet.body(), 200, smtpSet.status());
        Answer r = call("POST", formPath(s), null, "{\"name\":\"Jana Kraus\",\"email\":\"jana@form.example\",\"message\":\"Bitte auch Band\","
                + "\"items\":[{\"sku\":\"HB-M8-40\",\"quantity\":12}]}", Map.of("Accept-Language", "de-DE,de;q=0.9"));
        assertEquals(r.body(), 201, r.status());
        String reference = r.json().get("reference").asText();
        await("the copy at the customer's address", () -> mailTo("jana@form.example").size() == 1, 30);
        MimeMessage m = mailTo("jana@form.example").get(0);
        assertEquals("Ihre Angebotsanfrage " + reference, m.getSubject());
        assertEquals("Mail Form Sales <sales@mailform.example>", m.getFrom()[0].toString());
        String body = new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(body, body.contains("Guten Tag Jana Kraus,"));
        assertTrue(body, body.contains("12 × M8 hex bolt 40mm (HB-M8-40)"));
        assertTrue(body, body.contains("Bitte auch Band"));
        assertTrue(body, body.contains(reference));
    }

    // --- the seller's notification ---

    private void mailSetUp(Workspace w, String from) {
        Answer smtpSet = call("PUT", "/settings/email", w.apiKey(), "{\"host\":\"127.0.0.1\",\"port\":" + smtpPort
                + ",\"security\":\"none\",\"username\":\"" + SMTP_USER + "\",\"password\":\"" + SMTP_PASSWORD
                + "\",\"fromAddress\":\"" + from + "\",\"fromName\":\"Form Notices\"}");
        assertEquals(smtpSet.body(), 200, smtpSet.status());
    }

    private static List<MimeMessage> notices(String recipient, String reference) {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : mailTo(recipient)) {
            try {
                if (m.getSubject() != null && m.getSubject().contains(reference)) {
                    out.add(m);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    @Test
    public void theSellerGetsASummaryAndTheJsonAndNothingWhileNotifyIsOff() throws Exception {
        Workspace w = withHardwareCatalog("Notify Hardware");
        enable(w);
        mailSetUp(w, "sales@mailform.example");
        String desk = "desk@notify-hardware.example";
        Answer on = call("PUT", "/rfq-form/settings", w.apiKey(), "{\"notify\":true,\"recipients\":[\"" + desk + "\"]}");
        assertEquals(on.body(), 200, on.status());
        JsonNode s = on.json();
        Answer r = postJson(formPath(s), "{\"name\":\"Ravi Kumar\",\"email\":\"ravi@notify.example\",\"phone\":\"+91 98200 00000\","
                + "\"company\":\"Kumar Fittings\",\"message\":\"Delivery to Pune\",\"items\":[{\"sku\":\"HB-M8-40\",\"quantity\":12}]}");
        assertEquals(r.body(), 201, r.status());
        String reference = r.json().get("reference").asText();
        await("the seller's notification", () -> notices(desk, reference).size() == 1, 60);
        MimeMessage m = notices(desk, reference).get(0);
        assertEquals("Request for quote " + reference + " from Kumar Fittings", m.getSubject());
        assertEquals("ravi@notify.example", m.getReplyTo()[0].toString());
        assertTrue(m.getContentType(), m.isMimeType("multipart/mixed"));
        MimeMultipart parts = new MimeMultipart(m.getDataHandler().getDataSource());
        assertEquals(2, parts.getCount());
        String summary = new String(parts.getBodyPart(0).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(summary, summary.contains("Reference: " + reference));
        assertTrue(summary, summary.contains("Company: Kumar Fittings"));
        assertTrue(summary, summary.contains("12 pcs × M8 hex bolt 40mm (HB-M8-40)"));
        assertTrue(summary, summary.contains("Delivery to Pune"));
        BodyPart attached = parts.getBodyPart(1);
        assertEquals("rfq-" + reference + ".json", attached.getFileName());
        assertTrue(attached.getContentType(), attached.isMimeType("application/json"));
        JsonNode doc = new ObjectMapper().readTree(attached.getInputStream());
        assertEquals("offerbridge.rfq/1", doc.get("schema").asText());
        assertEquals(reference, doc.get("reference").asText());
        Instant received = Instant.parse(doc.get("receivedAt").asText());
        assertTrue(received.toString(), Duration.between(received, Instant.now()).abs().toMinutes() < 10);
        assertEquals("en", doc.get("language").asText());
        assertEquals("Ravi Kumar", doc.at("/contact/name").asText());
        assertEquals("Kumar Fittings", doc.at("/contact/company").asText());
        assertEquals("HB-M8-40", doc.at("/items/0/sku").asText());
        assertEquals(12, doc.at("/items/0/quantity").asInt());
        assertEquals("Delivery to Pune", doc.get("message").asText());
        assertEquals(0, doc.get("files").size());
        // the link names the submission's own message, which the admin UI opens as the request it made
        String link = doc.at("/links/request").asText();
        assertTrue(link, link.contains("/ui/#!conversations/message/"));
        assertTrue(summary, summary.contains(link));
        String messageId = link.substring(link.lastIndexOf('/') + 1);
        JsonNode conversations = call("GET", "/conversations", w.apiKey(), null).json().get("items");
        String conversationId = null;
        for (JsonNode c : conversations) {
            if ("ravi@notify.example".equals(c.at("/contact/email").asText())) {
                conversationId = c.get("id").asText();
            }
        }
        assertNotNull(conversations.toString(), conversationId);
        JsonNode messages = call("GET", "/conversations/" + conversationId + "/messages", w.apiKey(), null).json().get("items");
        assertEquals(messageId, messages.get(0).get("id").asText());
        // every member the shipped schema requires is there, and the document has no member it does not describe
        JsonNode schema = shippedSchema();
        assertMembers(schema, doc);
        assertMembers(schema.at("/properties/contact"), doc.get("contact"));
        assertMembers(schema.at("/properties/items/items"), doc.at("/items/0"));
        assertMembers(schema.at("/properties/links"), doc.get("links"));

        // off: no notification; the next one sent while on again arrives alone (the notifications go out in order)
        assertEquals(200, call("PUT", "/rfq-form/settings", w.apiKey(), "{\"notify\":false}").status());
        String quiet = postJson(formPath(s), "{\"name\":\"Quiet\",\"email\":\"quiet@notify.example\",\"message\":\"12 M8 hex bolts 40mm\"}")
                .json().get("reference").asText();
        assertEquals(200, call("PUT", "/rfq-form/settings", w.apiKey(), "{\"notify\":true}").status());
        // (the form's daily cap in this class is 3: this third one is a browser's post with a small file, which travels
        // with the notification and is described by the JSON)
        postWithFile(formPath(s), "loud@notify.example", "notify-list.csv");
        await("the notification after notify was on again", () -> notices(desk, "from Old Customer").size() == 1, 60);
        assertEquals(0, notices(desk, quiet).size());
        MimeMultipart three = new MimeMultipart(notices(desk, "from Old Customer").get(0).getDataHandler().getDataSource());
        assertEquals(3, three.getCount());
        JsonNode described = new ObjectMapper().readTree(three.getBodyPart(1).getInputStream());
        assertEquals("notify-list.csv", described.at("/files/0/name").asText());
        assertEquals(FILE_CSV.length(), described.at("/files/0/size").asInt());
        assertFalse("an attached file carries no link", described.at("/files/0").has("url"));
        assertEquals("notify-list.csv", three.getBodyPart(2).getFileName());
        assertEquals(FILE_CSV, new String(three.getBodyPart(2).getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** A user who joined the workspace through an invitation; their id. */
    private String member(Workspace w, String email, String name) {
        Answer inv = call("POST", "/users/invitations", w.apiKey(), "{\"email\":\"" + email + "\",\"role\":\"sales\"}");
        assertEquals(inv.body(), 201, inv.status());
        Answer accepted = call("POST", "/invitations/accept", null, "{\"token\":\"" + inv.json().get("token").asText()
                + "\",\"password\":\"a long enough password\",\"displayName\":\"" + name + "\"}");
        assertEquals(accepted.body(), 201, accepted.status());
        return accepted.json().get("userId").asText();
    }

    /** The notifications of {@code reference} delivered to the mailbox of {@code address} (each recipient has its own copy). */
    private static List<MimeMessage> deliveredTo(String address, String reference) {
        return smtp.findReceivedMessages(u -> address.equalsIgnoreCase(u.getEmail()), m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(reference);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    public void recipientsMayBeWorkspaceUsersToldAtTheirEmailWhileActive() throws Exception {
        Workspace w = withHardwareCatalog("Recipient Users Hardware");
        Workspace neighbour = register("Recipient Neighbour", "business");
        JsonNode s = enable(w);
        mailSetUp(w, "sales@mailform.example");
        String mira = "mira@recipient-user.example";
        String userId = member(w, mira, "Mira Desk");
        String neighbourId = get("/users", neighbour.apiKey()).json().get("items").get(0).get("id").asText();
        String desk = "desk@recipient-address.example";

        // another workspace's user and an unknown id: the same 400 on the entry, which does not tell them apart
        Answer foreign = call("PUT", "/rfq-form/settings", w.apiKey(), "{\"notify\":true,\"recipients\":[\"" + desk + "\",\"" + neighbourId + "\"]}");
        assertProblem(foreign, 400, "recipients[1]");
        Answer unknown = call("PUT", "/rfq-form/settings", w.apiKey(), "{\"notify\":true,\"recipients\":[\"" + desk + "\",\"no-such-user\"]}");
        assertProblem(unknown, 400, "recipients[1]");
        assertEquals(unknown.json().get("detail").asText(), foreign.json().get("detail").asText());
        assertFalse(foreign.body(), foreign.body().contains(neighbourId));
        JsonNode unchanged = get("/rfq-form/settings", w.apiKey()).json();
        assertFalse(unchanged.get("notify").asBoolean());
        assertEquals(0, unchanged.get("recipients").size());
        // nor can the neighbour name this workspace's user
        assertProblem(call("PUT", "/rfq-form/settings", neighbour.apiKey(), "{\"recipients\":[\"" + userId + "\"]}"), 400, "recipients[0]");

        // a user of the workspace and an address round-trip
        Answer put = call("PUT", "/rfq-form/settings", w.apiKey(), "{\"notify\":true,\"recipients\":[\"" + userId + "\",\"Desk@Recipient-Address.example\"]}");
        assertEquals(put.body(), 200, put.status());
        assertEquals("[\"" + userId + "\",\"" + desk + "\"]", put.json().get("recipients").toString());
        assertEquals(put.json().toString(), get("/rfq-form/settings", w.apiKey()).json().toString());

        // a submission tells the user (at their email) and the address
        String first = postJson(formPath(s), "{\"name\":\"Ola Berg\",\"email\":\"ola@recipient.example\",\"message\":\"12 M8 hex bolts 40mm\"}")
                .json().get("reference").asText();
        await("the notification at the user's and the typed address", () -> deliveredTo(mira, first).size() == 1
                && deliveredTo(desk, first).size() == 1, 60);
        assertEquals(2, deliveredTo(desk, first).get(0).getAllRecipients().length);

        // the user deactivated: the next notification goes to the address only
        Answer off = call("PATCH", "/users/" + userId, w.apiKey(), "{\"active\":false}");
        assertEquals(off.body(), 200, off.status());
        String second = postJson(formPath(s), "{\"name\":\"Per Lund\",\"email\":\"per@recipient.example\",\"message\":\"12 M8 hex bolts 40mm\"}")
                .json().get("reference").asText();
        await("the next notification at the address", () -> deliveredTo(desk, second).size() == 1, 60);
        MimeMessage alone = deliveredTo(desk, second).get(0);
        assertEquals(1, alone.getAllRecipients().length);
        assertEquals(desk, alone.getAllRecipients()[0].toString());
        assertEquals(0, deliveredTo(mira, second).size());
        assertEquals("the setting keeps the user for when they are active again", userId,
                get("/rfq-form/settings", w.apiKey()).json().get("recipients").get(0).asText());
    }

    private static JsonNode shippedSchema() throws Exception {
        org.osgi.framework.BundleContext ctx = org.osgi.framework.FrameworkUtil.getBundle(RfqFormIT.class).getBundleContext();
        for (org.osgi.framework.Bundle b : ctx.getBundles()) {
            if ("offerbridge-rfq-form".equals(b.getSymbolicName())) {
                try (java.io.InputStream in = b.getEntry("/schema/offerbridge.rfq-1.schema.json").openStream()) {
                    return new ObjectMapper().readTree(in);
                }
            }
        }
        throw new AssertionError("no rfq-form bundle");
    }

    private static void assertMembers(JsonNode schema, JsonNode value) {
        for (JsonNode required : schema.get("required")) {
            assertTrue(required + " in " + value, value.has(required.asText()));
        }
        value.fieldNames().forEachRemaining(f -> assertTrue(f + " is in the schema", schema.get("properties").has(f)));
    }

    // --- retention ---

    private String shell(String command) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessions.create(new java.io.ByteArrayInputStream(new byte[0]), out, out);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A browser's multipart post with one file, sent again while the form says it was filled too fast. */
    private void postWithFile(String path, String email, String fileName) {
        String token = formToken(page(path));
        String boundary = "----ob" + System.nanoTime();
        String multipart = part(boundary, "name", "Old Customer") + part(boundary, "email", email)
                + part(boundary, "message", "12 M8 hex bolts 40mm") + part(boundary, "formToken", token)
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n"
                + FILE_CSV + "\r\n--" + boundary + "--\r\n";
        AtomicReference<Answer> done = new AtomicReference<>();
        await("the multipart post accepted", () -> {
            Answer a = send("POST", path, null, "multipart/form-data; boundary=" + boundary, multipart.getBytes(StandardCharsets.UTF_8),
                    Map.of("Accept", "text/html"));
            done.set(a);
            return a.status() != 400;
        }, 30);
        assertEquals(done.get().body(), 303, done.get().status());
    }

    private static final String FILE_CSV = "sku,quantity\nTAPE-PVC,4\n";

    @Test
    public void theRetentionPurgeTakesOldSubmissionsWithTheirFilesAndRequestsOfThatWorkspaceOnly() throws Exception {
        Workspace w = withHardwareCatalog("Retention Hardware");
        Workspace neighbour = withHardwareCatalog("Retention Neighbour");
        JsonNode s = enable(w);
        Answer oneDay = call("PUT", "/rfq-form/settings", w.apiKey(), "{\"retentionDays\":1}");
        assertEquals(oneDay.body(), 200, oneDay.status());
        JsonNode ns = enable(neighbour); // keeps the default 30 days
        String channel = s.get("channelId").asText();

        postWithFile(formPath(s), "old1@retention.example", "old-list.csv");
        assertEquals(201, postJson(formPath(s), "{\"name\":\"Old Two\",\"email\":\"old2@retention.example\",\"message\":\"12 M8 hex bolts 40mm\"}")
                .status());
        assertEquals(201, postJson(formPath(ns), "{\"name\":\"Next Door\",\"email\":\"next@neighbour.example\",\"message\":\"12 M8 hex bolts 40mm\"}")
                .status());
        JsonNode c1 = conversationOf(w, channel, "old1@retention.example");
        JsonNode c2 = conversationOf(w, channel, "old2@retention.example");
        JsonNode nc = conversationOf(neighbour, ns.get("channelId").asText(), "next@neighbour.example");
        String r1 = requestOf(w, c1.get("id").asText()).get("id").asText();
        String r2 = requestOf(w, c2.get("id").asText()).get("id").asText();
        String nr = requestOf(neighbour, nc.get("id").asText()).get("id").asText();
        JsonNode file = get("/conversations/" + c1.get("id").asText() + "/messages", w.apiKey()).json().at("/items/0/attachments/0");
        String filePath = "/conversations/" + c1.get("id").asText() + "/attachments/" + file.get("id").asText();
        await("the file stored", () -> get(filePath, w.apiKey()).status() == 200, 30);

        // as of now nothing is a day old
        assertFalse(shell("offerbridge:rfq-purge").contains(w.tenantId()));
        assertEquals(200, get("/requests/" + r1, w.apiKey()).status());

        // two days on: this workspace's submissions are past their one day, the neighbour's within its 30
        String out = shell("offerbridge:rfq-purge --as-of " + Instant.now().plus(Duration.ofDays(2)));
        assertTrue(out, out.contains("Workspace " + w.tenantId() + ": submissions=2 notifications=0 messages=2 files=1 conversations=2 requests=2"));
        assertFalse(out, out.contains(neighbour.tenantId()));
        assertEquals(0, conversations(w, channel).size());
        assertEquals(404, get("/requests/" + r1, w.apiKey()).status());
        assertEquals(404, get("/requests/" + r2, w.apiKey()).status());
        assertEquals(404, get(filePath, w.apiKey()).status());
        String audit = get("/audit", w.apiKey()).body();
        assertTrue(audit, audit.contains("rfq.purged"));
        assertTrue(audit, audit.contains("retentionDays=1 submissions=2"));

        assertEquals(1, conversations(neighbour, ns.get("channelId").asText()).size());
        assertEquals(200, get("/requests/" + nr, neighbour.apiKey()).status());
        assertFalse(get("/audit", neighbour.apiKey()).body().contains("rfq.purged"));

        // the form goes on taking submissions, and a second run finds nothing left of this workspace
        assertEquals(201, postJson(formPath(s), "{\"name\":\"New\",\"email\":\"new@retention.example\",\"message\":\"12 M8 hex bolts 40mm\"}")
                .status());
        conversationOf(w, channel, "new@retention.example");
        assertFalse(shell("offerbridge:rfq-purge --as-of " + Instant.now().plus(Duration.ofHours(1))).contains(w.tenantId()));
    }

    private static List<MimeMessage> mailTo(String address) {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                if (m.getAllRecipients()[0].toString().contains(address)) {
                    out.add(m);
                }
            } catch (Exception e) {
                // not one of ours
            }
        }
        return out;
    }

    // --- the gateway's refusals before the form runs (issue 17) ---

    @javax.inject.Inject
    org.osgi.service.cm.ConfigurationAdmin refusalsConfigAdmin;

    @Test
    public void theGatewaysRefusalsAreAPageForABrowserAndProblemJsonForAScript() throws Exception {
        Workspace w = withHardwareCatalog("Refusal Page Hardware");
        JsonNode s = enable(w);
        String path = formPath(s);
        String token = path.substring(path.lastIndexOf('/') + 1);
        String formToken = formToken(page(path));
        Map<String, String> browser = Map.of("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                "Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5");

        // a customer attaching a drawing larger than the platform's maxRequestBytes (1 MiB here)
        String boundary = "----ob" + System.nanoTime();
        byte[] drawing = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(drawing, (byte) 'x');
        java.io.ByteArrayOutputStream big = new java.io.ByteArrayOutputStream();
        big.writeBytes((part(boundary, "name", "Big Drawing") + part(boundary, "email", "big@refusal.example")
                + part(boundary, "formToken", formToken) + "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"drawing.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        big.writeBytes(drawing);
        big.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Answer tooBig = send("POST", path, null, "multipart/form-data; boundary=" + boundary, big.toByteArray(), browser);
        assertEquals(tooBig.body(), 413, tooBig.status());
        assertTrue(tooBig.header("Content-Type"), tooBig.header("Content-Type").startsWith("text/html"));
        assertTrue(tooBig.body(), tooBig.body().contains("<html lang=\"fr\"") && tooBig.body().contains("Vos fichiers sont trop volumineux")
                && tooBig.body().contains("1\u00a0MB"));
        assertTrue(tooBig.body(), tooBig.body().contains("href=\"" + token + "\""));
        assertNotNull(tooBig.header("Content-Security-Policy"));
        assertFalse(tooBig.body().contains("payload-too-large"));

        // a script posting JSON over the limit keeps the problem+json, as does a script asking for JSON
        String huge = "{\"name\":\"Script\",\"email\":\"script@refusal.example\",\"message\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertProblem(postJson(path, huge), 413, null);
        assertProblem(send("POST", path, null, "multipart/form-data; boundary=" + boundary, big.toByteArray(),
                Map.of("Accept", "application/json")), 413, null);
        assertTrue(conversations(w, s.get("channelId").asText()).isEmpty());

        // the per-address anonymous limit, lowered for this test alone and put back after it
        java.util.Dictionary<String, Object> before = changeSetting(refusalsConfigAdmin, "org.offerbridge.platform",
                "anonymousRequestsPerMinute", "2");
        try {
            AtomicReference<Answer> busy = new AtomicReference<>();
            // the change reaches the gateway asynchronously: wait until the limit answers a browser's view of the form
            await("the tighter anonymous limit", () -> {
                busy.set(call("GET", path, null, null, Map.of("Accept", "text/html,*/*;q=0.8", "Accept-Language", "de-DE,de;q=0.9")));
                return busy.get().status() == 429;
            }, 30);
            Answer page = busy.get();
            assertTrue(page.header("Content-Type"), page.header("Content-Type").startsWith("text/html"));
            long retry = Long.parseLong(page.header("Retry-After"));
            assertTrue(retry >= 1 && retry <= 60);
            assertTrue(page.body(), page.body().contains("<html lang=\"de\"") && page.body().contains("Zu viele Anfragen")
                    && page.body().contains("in " + retry + " Sekunden"));
            assertTrue(page.body(), page.body().contains("href=\"" + token + "\""));
            assertEquals("no-store", page.header("Cache-Control"));
            // a script keeps the problem+json with its Retry-After
            Answer script = postJson(path, "{\"name\":\"Script\",\"email\":\"script@refusal.example\",\"message\":\"hi\"}");
            assertProblem(script, 429, null);
            assertNotNull(script.header("Retry-After"));
        } finally {
            refusalsConfigAdmin.getConfiguration("org.offerbridge.platform", null).update(before);
            await("the form to answer again", () -> page(path).status() == 200, 60);
        }
        assertTrue(conversations(w, s.get("channelId").asText()).isEmpty());
    }
}
