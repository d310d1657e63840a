package org.offerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.net.ServerSocket;
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
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Sending quotes by email on the real distribution, through a real SMTP server (GreenMail, started inside the
 * container on a free loopback port, which the operator's outbound policy allows here): per-workspace SMTP settings,
 * the PDF attached and a working link, the delivery log and timeline, retries until the server works, and the
 * errors and tenant separation of every new endpoint.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class QuoteEmailIT extends OfferbridgeTestSupport {
    private static final String SMTP_USER = "mailbox";
    private static final String SMTP_PASSWORD = "smtp pass " + System.nanoTime();
    private static GreenMail smtp;
    private static int smtpPort;

    @Configuration
    public Option[] config() {
        return baseOptions(
                mavenBundle("com.icegreen", "greenmail", System.getProperty("greenmail.version")),
                editConfigurationFilePut("etc/org.offerbridge.platform.outbound.cfg", "allowedPrivateHosts", "127.0.0.1"),
                editConfigurationFilePut("etc/org.offerbridge.quotation.delivery.cfg", "pollIntervalMillis", "200"),
                // 1 min, 5 min, ... become 0.6 s, 3 s, ...: the test sees retries
                editConfigurationFilePut("etc/org.offerbridge.quotation.delivery.cfg", "backoffUnitMillis", "10"));
    }

    @Before
    public void ready() throws IOException {
        awaitApi();
        await("the email settings endpoint", () -> get("/settings/email", register("Probe", "business").apiKey()).status() == 200, 90);
        // Pax Exam runs each method as its own JUnit run inside the container, so class-level teardown would stop
        // the server between methods; it lives as long as the container instead.
        if (smtp == null) {
            smtpPort = freeLocalPort();
            smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withUser("quotes@shop.example", SMTP_USER, SMTP_PASSWORD));
            smtp.start();
        }
    }

    private Workspace shop(String name) {
        Workspace w = withHardwareCatalog(name);
        assertEquals(200, call("PUT", "/quotes/settings", w.apiKey(), "{\"defaultTaxRate\":18}").status());
        return w;
    }

    private String smtpSettings(int port, String password) {
        return "{\"host\":\"127.0.0.1\",\"port\":" + port + ",\"security\":\"none\",\"username\":\"" + SMTP_USER + "\",\"password\":\""
                + password + "\",\"fromAddress\":\"quotes@shop.example\",\"fromName\":\"Shop Sales\"}";
    }

    private String quote(Workspace w, String email) {
        Answer a = call("POST", "/quotes", w.apiKey(), "{\"customer\":{\"name\":\"Sharma Traders\""
                + (email == null ? "" : ",\"email\":\"" + email + "\"") + "},\"lines\":[{\"sku\":\"HB-M8-40\",\"quantity\":12}]}");
        assertEquals(a.body(), 201, a.status());
        return a.json().get("id").asText();
    }

    private MimeMessage[] mailTo(String address) {
        return java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().contains(address);
            } catch (Exception e) {
                return false;
            }
        }).toArray(MimeMessage[]::new);
    }

    @Test
    public void aQuoteSentByEmailArrivesWithItsPdfAndALinkThatOpensThePage() throws Exception {
        Workspace w = shop("Mail Hardware");
        Answer saved = call("PUT", "/settings/email", w.apiKey(), smtpSettings(smtpPort, SMTP_PASSWORD));
        assertEquals(saved.body(), 200, saved.status());
        assertTrue(saved.json().get("passwordSet").asBoolean());
        assertFalse("the password is never answered", saved.body().contains(SMTP_PASSWORD));
        assertFalse(get("/settings/email", w.apiKey()).body().contains(SMTP_PASSWORD));

        String id = quote(w, "priya@buyer.example");
        Answer sent = call("POST", "/quotes/" + id + "/send", w.apiKey(), "{\"message\":\"As discussed on the phone.\"}");
        assertEquals(sent.body(), 200, sent.status());
        JsonNode delivery = sent.json().get("deliveries").get(0);
        assertEquals("email", delivery.get("channel").asText());
        assertEquals("priya@buyer.example", delivery.get("to").asText());
        String publicUrl = sent.json().get("publicUrl").asText();

        await("the quote email; deliveries: " + id, () -> mailTo("priya@buyer.example").length == 1
                || !get("/quotes/" + id + "/deliveries", w.apiKey()).json().get(0).get("status").asText().equals("queued"), 30);
        assertEquals(get("/quotes/" + id + "/deliveries", w.apiKey()).body(), 1, mailTo("priya@buyer.example").length);
        MimeMessage m = mailTo("priya@buyer.example")[0];
        String number = sent.json().get("number").asText();
        assertEquals("Quotation " + number + " from Mail Hardware", m.getSubject());
        assertEquals("Shop Sales <quotes@shop.example>", m.getFrom()[0].toString());
        // parsed by hand: inside the container the test's thread cannot see the mail library's content handlers
        Multipart parts = new MimeMultipart(new ByteArrayDataSource(m.getInputStream(), m.getContentType()));
        String body = new String(parts.getBodyPart(0).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(body, body.contains(publicUrl));
        assertTrue(body, body.contains("As discussed on the phone."));
        assertTrue(body, body.contains("63.72"));
        BodyPart pdf = parts.getBodyPart(1);
        assertEquals(number + ".pdf", pdf.getFileName());
        byte[] bytes = pdf.getInputStream().readAllBytes();
        assertTrue(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));

        await("the delivery recorded as sent", () -> get("/quotes/" + id + "/deliveries", w.apiKey()).json().get(0).get("status").asText()
                .equals("sent"), 30);
        JsonNode log = get("/quotes/" + id + "/deliveries", w.apiKey()).json().get(0);
        assertEquals(1, log.get("attempts").asInt());
        assertTrue(log.has("sentAt"));
        assertTrue(get("/quotes/" + id + "/timeline", w.apiKey()).body().contains("\"quote.delivered\""));

        // the link in the email is the customer's page, and opening it marks the quote viewed
        String path = publicUrl.substring(publicUrl.indexOf("/api/v1") + "/api/v1".length());
        Answer page = call("GET", path, null, null, Map.of());
        assertEquals(200, page.status());
        assertTrue(page.body().contains(number));
        assertEquals("viewed", get("/quotes/" + id, w.apiKey()).json().get("status").asText());
    }

    @Test
    public void theTestMessageChecksTheSettingsEndToEnd() {
        Workspace w = shop("Test Mail Hardware");
        assertProblem(call("POST", "/settings/email/test", w.apiKey(), "{\"to\":\"owner@shop.example\"}"), 409, null);
        assertEquals(200, call("PUT", "/settings/email", w.apiKey(), smtpSettings(smtpPort, "not the password")).status());
        Answer refused = call("POST", "/settings/email/test", w.apiKey(), "{\"to\":\"owner@shop.example\"}");
        assertProblem(refused, 502, "host");
        assertTrue(refused.body(), refused.json().get("detail").asText().contains("refused the login"));
        assertFalse(refused.body().contains("not the password"));

        // a change without password keeps the stored one; then the right one works
        assertEquals(200, call("PUT", "/settings/email", w.apiKey(), smtpSettings(smtpPort, SMTP_PASSWORD)).status());
        Answer ok = call("POST", "/settings/email/test", w.apiKey(), "{\"to\":\"test-owner@shop.example\"}");
        assertEquals(ok.body(), 200, ok.status());
        await("the test message", () -> mailTo("test-owner@shop.example").length == 1, 30);
        Answer kept = call("PUT", "/settings/email", w.apiKey(), "{\"host\":\"127.0.0.1\",\"port\":" + smtpPort
                + ",\"security\":\"none\",\"username\":\"" + SMTP_USER + "\",\"fromAddress\":\"quotes@shop.example\"}");
        assertTrue(kept.json().get("passwordSet").asBoolean());
        assertEquals(200, call("POST", "/settings/email/test", w.apiKey(), "{\"to\":\"test-owner@shop.example\"}").status());
    }

    @Test
    public void aDeliveryThatFailsIsRetriedUntilTheServerWorks() {
        Workspace w = shop("Retry Hardware");
        int closed = freeLocalPort();
        assertEquals(200, call("PUT", "/settings/email", w.apiKey(), smtpSettings(closed, SMTP_PASSWORD)).status());
        String id = quote(w, "retry@buyer.example");
        assertEquals(200, call("POST", "/quotes/" + id + "/send", w.apiKey(), "{\"channel\":\"email\"}").status());

        await("a failed first attempt", () -> get("/quotes/" + id + "/deliveries", w.apiKey()).json().get(0).get("attempts").asInt() >= 1, 30);
        JsonNode failing = get("/quotes/" + id + "/deliveries", w.apiKey()).json().get(0);
        assertEquals("queued", failing.get("status").asText());
        assertTrue(failing.toString(), failing.get("lastError").asText().contains("127.0.0.1:" + closed));
        assertTrue(failing.has("nextAttemptAt"));

        // the admin fixes the port; a later attempt of the same delivery goes out, once
        assertEquals(200, call("PUT", "/settings/email", w.apiKey(), smtpSettings(smtpPort, SMTP_PASSWORD)).status());
        await("the retried delivery", () -> get("/quotes/" + id + "/deliveries", w.apiKey()).json().get(0).get("status").asText()
                .equals("sent"), 60);
        assertEquals(1, mailTo("retry@buyer.example").length);
        JsonNode done = get("/quotes/" + id + "/deliveries", w.apiKey()).json().get(0);
        assertTrue(done.get("attempts").asInt() >= 2);
        assertNull(done.get("lastError"));
    }

    @Test
    public void aRevokedLinkIsNotMailedAndNotRetried() {
        Workspace w = shop("Revoke Hardware");
        int closed = freeLocalPort();
        assertEquals(200, call("PUT", "/settings/email", w.apiKey(), smtpSettings(closed, SMTP_PASSWORD)).status());
        String id = quote(w, "revoked@buyer.example");
        JsonNode sent = call("POST", "/quotes/" + id + "/send", w.apiKey(), "{}").json();
        String deliveryId = sent.get("deliveries").get(0).get("id").asText();
        String linkId = sent.get("links").get(0).get("id").asText();
        assertProblem(call("POST", "/quotes/" + id + "/deliveries/" + deliveryId + "/retry", w.apiKey(), null), 409, null);
        // once the first attempt has failed, the link is revoked: the next attempt must not go out
        await("a failed first attempt", () -> get("/quotes/" + id + "/deliveries", w.apiKey()).json().get(0).get("attempts").asInt() >= 1, 30);
        assertEquals(200, call("POST", "/quotes/" + id + "/links/" + linkId + "/revoke", w.apiKey(), null).status());

        await("the delivery given up", () -> get("/quotes/" + id + "/deliveries", w.apiKey()).json().get(0).get("status").asText()
                .equals("failed"), 60);
        assertTrue(get("/quotes/" + id + "/deliveries", w.apiKey()).json().get(0).get("lastError").asText().contains("revoked"));
        assertEquals(200, call("PUT", "/settings/email", w.apiKey(), smtpSettings(smtpPort, SMTP_PASSWORD)).status());
        assertEquals(0, mailTo("revoked@buyer.example").length);
        assertTrue(get("/quotes/" + id + "/timeline", w.apiKey()).body().contains("\"quote.delivery_failed\""));
        // trying again makes no sense for a revoked link
        assertProblem(call("POST", "/quotes/" + id + "/deliveries/" + deliveryId + "/retry", w.apiKey(), null), 409, null);
    }

    @Test
    public void withoutSmtpAQuoteIsSentAsALinkAndAskingForEmailIsAConflictNamingTheChannel() {
        Workspace w = shop("Link Only Hardware");
        String id = quote(w, "link@buyer.example");
        assertProblem(call("POST", "/quotes/" + id + "/send", w.apiKey(), "{\"channel\":\"email\"}"), 409, "channel");
        assertProblem(call("POST", "/quotes/" + id + "/send", w.apiKey(), "{\"channel\":\"pigeon\"}"), 400, "channel");
        assertEquals("nothing half-done: still a draft", "draft", get("/quotes/" + id, w.apiKey()).json().get("status").asText());
        Answer sent = call("POST", "/quotes/" + id + "/send", w.apiKey(), "{}");
        assertEquals(sent.body(), 200, sent.status());
        assertEquals(0, sent.json().get("deliveries").size());
        assertTrue(sent.json().get("publicUrl").asText().contains("/api/v1/q/"));
    }

    @Test
    public void badSettingsAndAddressesAre400sNamingTheField() {
        Workspace w = shop("Strict Mail Hardware");
        String ok = "\"port\":2525,\"security\":\"none\",\"fromAddress\":\"quotes@shop.example\"";
        assertProblem(call("PUT", "/settings/email", w.apiKey(), "{" + ok + "}"), 400, "host");
        assertProblem(call("PUT", "/settings/email", w.apiKey(), "{\"host\":\"bad host!\"," + ok + "}"), 400, "host");
        // a private address is refused unless the operator allowed it (only 127.0.0.1 is, here)
        assertProblem(call("PUT", "/settings/email", w.apiKey(), "{\"host\":\"10.1.2.3\"," + ok + "}"), 400, "host");
        assertProblem(call("PUT", "/settings/email", w.apiKey(), "{\"host\":\"127.0.0.1\",\"port\":70000,\"fromAddress\":\"q@shop.example\"}"),
                400, "port");
        assertProblem(call("PUT", "/settings/email", w.apiKey(), "{\"host\":\"127.0.0.1\",\"security\":\"ssl3\",\"fromAddress\":\"q@shop.example\"}"),
                400, "security");
        assertProblem(call("PUT", "/settings/email", w.apiKey(), "{\"host\":\"127.0.0.1\",\"fromAddress\":\"not an address\"}"), 400,
                "fromAddress");
        assertProblem(call("PUT", "/settings/email", w.apiKey(), "{\"host\":\"127.0.0.1\",\"fromAddress\":\"q@shop.example\",\"tls\":true}"),
                400, "tls");
        assertEquals(false, get("/settings/email", w.apiKey()).json().get("configured").asBoolean());

        assertEquals(200, call("PUT", "/settings/email", w.apiKey(), smtpSettings(smtpPort, SMTP_PASSWORD)).status());
        String noEmail = quote(w, null);
        assertProblem(call("POST", "/quotes/" + noEmail + "/send", w.apiKey(), "{\"channel\":\"email\"}"), 400, "customer.email");
        String id = quote(w, "fine@buyer.example");
        assertProblem(call("POST", "/quotes/" + id + "/send", w.apiKey(),
                "{\"recipients\":[{\"name\":\"A\",\"email\":\"a@buyer.example\"},{\"name\":\"B\",\"email\":\"b at buyer\"}]}"), 400,
                "recipients[1].email");
        assertEquals("draft", get("/quotes/" + id, w.apiKey()).json().get("status").asText());
        assertEquals("no link was left behind", 0, get("/quotes/" + id + "/links", w.apiKey()).json().size());
        assertProblem(call("POST", "/quotes/" + id + "/send", w.apiKey(), "{\"message\":\"" + "x".repeat(2001) + "\"}"), 400, "note");
    }

    @Test
    public void settingsAndDeliveriesAreTheWorkspacesOwnAndAdminsOnly() {
        Workspace a = shop("Own Mail A");
        Workspace b = shop("Own Mail B");
        assertEquals(200, call("PUT", "/settings/email", a.apiKey(), smtpSettings(smtpPort, SMTP_PASSWORD)).status());
        assertEquals(false, get("/settings/email", b.apiKey()).json().get("configured").asBoolean());
        assertProblem(call("DELETE", "/settings/email", b.apiKey(), null), 404, null);
        assertProblem(call("POST", "/settings/email/test", b.apiKey(), "{\"to\":\"x@shop.example\"}"), 409, null);

        String id = quote(a, "own@buyer.example");
        String deliveryId = call("POST", "/quotes/" + id + "/send", a.apiKey(), "{}").json().get("deliveries").get(0).get("id").asText();
        assertProblem(get("/quotes/" + id + "/deliveries", b.apiKey()), 404, null);
        assertProblem(call("POST", "/quotes/" + id + "/deliveries/" + deliveryId + "/retry", b.apiKey(), null), 404, null);
        String bQuote = quote(b, "own@buyer.example");
        assertProblem(call("POST", "/quotes/" + bQuote + "/deliveries/" + deliveryId + "/retry", b.apiKey(), null), 404, null);

        String sales = call("POST", "/api-keys", a.apiKey(), "{\"name\":\"sales desk\",\"role\":\"sales\"}").json().get("key").asText();
        assertProblem(get("/settings/email", sales), 403, null);
        assertProblem(call("PUT", "/settings/email", sales, smtpSettings(smtpPort, SMTP_PASSWORD)), 403, null);
        assertEquals(200, get("/quotes/" + id + "/deliveries", sales).status());

        assertEquals(204, call("DELETE", "/settings/email", a.apiKey(), null).status());
        assertEquals(false, get("/settings/email", a.apiKey()).json().get("configured").asBoolean());
    }

    @Test
    public void dueDeliveriesOfTwoTenantsEachGoOutUnderTheirOwnTenant() throws Exception {
        Workspace a = shop("Dual Mail A");
        Workspace b = shop("Dual Mail B");
        assertEquals(200, call("PUT", "/settings/email", a.apiKey(), smtpSettings(smtpPort, SMTP_PASSWORD)).status());
        assertEquals(200, call("PUT", "/settings/email", b.apiKey(), smtpSettings(smtpPort, SMTP_PASSWORD)).status());
        String inA = quote(a, "dual-a@buyer.example");
        String inB = quote(b, "dual-b@buyer.example");
        JsonNode sentA = call("POST", "/quotes/" + inA + "/send", a.apiKey(), "{}").json();
        JsonNode sentB = call("POST", "/quotes/" + inB + "/send", b.apiKey(), "{}").json();

        await("both tenants' deliveries sent", () -> get("/quotes/" + inA + "/deliveries", a.apiKey()).json().get(0).get("status").asText()
                .equals("sent") && get("/quotes/" + inB + "/deliveries", b.apiKey()).json().get(0).get("status").asText().equals("sent"), 60);
        // each message was made from its own tenant's quote and workspace
        assertEquals(1, mailTo("dual-a@buyer.example").length);
        assertEquals(1, mailTo("dual-b@buyer.example").length);
        assertEquals("Quotation " + sentA.get("number").asText() + " from Dual Mail A", mailTo("dual-a@buyer.example")[0].getSubject());
        assertEquals("Quotation " + sentB.get("number").asText() + " from Dual Mail B", mailTo("dual-b@buyer.example")[0].getSubject());
        for (String[] own : new String[][] {{inA, a.apiKey(), b.apiKey()}, {inB, b.apiKey(), a.apiKey()}}) {
            assertTrue(get("/quotes/" + own[0] + "/timeline", own[1]).body().contains("\"quote.delivered\""));
            assertProblem(get("/quotes/" + own[0] + "/deliveries", own[2]), 404, null);
        }
    }

    private static int freeLocalPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
