package org.offerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * The WhatsApp and Instagram kinds on the real distribution against a local replay server playing Meta's Graph API
 * (its base URLs point there, 127.0.0.1 allowed as an operator would): connect reads the account with the token; the
 * handshake; signed notifications built from the documented examples stored once and made into a request; forged and
 * unsigned calls 401 with nothing stored; the reply exactly as Meta documents it; status callbacks; the 24-hour window
 * said at once and a template used when one is set; another workspace's channel 404; an account connected twice 409;
 * a quote made from a WhatsApp request sent back through the conversation (the PDF uploaded to /media and sent as a
 * document with the text and link as caption; the template with its parameters once the window closed).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WhatsAppChannelIT extends OfferbridgeTestSupport {
    private static final String REPLAY_PORT_PROPERTY = "offerbridge.test.meta.port";
    /** Chosen in the test driver and handed to the container, where the replay server listens on it. */
    private static final String REPLAY_PORT = System.getProperty(REPLAY_PORT_PROPERTY, Integer.toString(freeReplayPort()));
    private static final String APP_SECRET = "wa-app-secret";
    private static final String VERIFY_TOKEN = "wa-verify-token";
    private static GraphReplay graph;

    @Configuration
    public Option[] config() {
        String base = "http://127.0.0.1:" + REPLAY_PORT;
        return baseOptions(
                systemProperty(REPLAY_PORT_PROPERTY).value(REPLAY_PORT),
                editConfigurationFilePut("etc/org.offerbridge.platform.outbound.cfg", "allowedPrivateHosts", "127.0.0.1"),
                editConfigurationFilePut("etc/org.offerbridge.channels.meta.cfg", "graphBaseUrl", base + "/v25.0"),
                editConfigurationFilePut("etc/org.offerbridge.channels.meta.cfg", "instagramBaseUrl", base + "/ig/v25.0"),
                editConfigurationFilePut("etc/org.offerbridge.channels.cfg", "pollIntervalMillis", "200"),
                editConfigurationFilePut("etc/org.offerbridge.channels.cfg", "backoffMillis", "200"),
                editConfigurationFilePut("etc/org.offerbridge.quotation.delivery.cfg", "pollIntervalMillis", "200"),
                editConfigurationFilePut("etc/org.offerbridge.quotation.delivery.cfg", "backoffUnitMillis", "10"));
    }

    private static int freeReplayPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Before
    public void ready() throws IOException {
        awaitApi();
        await("the channels endpoints", () -> get("/channels", register("Probe", "business").apiKey()).status() == 200, 90);
        if (graph == null) {
            graph = new GraphReplay(Integer.parseInt(REPLAY_PORT));
        }
    }

    private static String digits() {
        return Long.toString(100_000_000_000_000L + ThreadLocalRandom.current().nextLong(800_000_000_000_000L));
    }

    private JsonNode whatsapp(Workspace w, String phoneNumberId, String extraSettings) {
        Answer a = call("POST", "/channels", w.apiKey(), "{\"kind\":\"whatsapp\",\"name\":\"WhatsApp\",\"settings\":{\"phoneNumberId\":\""
                + phoneNumberId + "\",\"accessToken\":\"EAA-" + phoneNumberId + "\",\"appSecret\":\"" + APP_SECRET + "\",\"verifyToken\":\""
                + VERIFY_TOKEN + "\"" + extraSettings + "}}");
        assertEquals(a.body(), 201, a.status());
        return a.json();
    }

    private static String inboundPath(JsonNode channel) {
        String url = channel.get("inboundUrl").asText();
        return "/channels/inbound/" + url.substring(url.lastIndexOf('/') + 1);
    }

    private static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** POSTs a notification as Meta does, signed with {@code secret} (null: unsigned). */
    private Answer notify(JsonNode channel, String secret, String body) {
        Map<String, String> headers = secret == null ? Map.of() : Map.of("X-Hub-Signature-256", sign(secret, body));
        return send("POST", inboundPath(channel), null, "application/json", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Meta's envelope around one {@code messages} change (webhooks reference), for {@code phoneNumberId}. */
    private static String notification(String phoneNumberId, String valueFields) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"value\":{"
                + "\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\",\"phone_number_id\":\""
                + phoneNumberId + "\"}," + valueFields + "},\"field\":\"messages\"}]}]}";
    }

    private static String text(String phoneNumberId, String waId, String wamid, long timestamp, String text) {
        return notification(phoneNumberId, "\"contacts\":[{\"profile\":{\"name\":\"Sheena Nelson\"},\"wa_id\":\"" + waId + "\"}],"
                + "\"messages\":[{\"from\":\"" + waId + "\",\"id\":\"" + wamid + "\",\"timestamp\":\"" + timestamp
                + "\",\"type\":\"text\",\"text\":{\"body\":\"" + text + "\"}}]");
    }

    private static String status(String phoneNumberId, String wamid, String status) {
        return notification(phoneNumberId, "\"statuses\":[{\"id\":\"" + wamid + "\",\"status\":\"" + status
                + "\",\"timestamp\":\"" + now() + "\",\"recipient_id\":\"16505551234\"}]");
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private String login(Workspace w) {
        Answer r = call("POST", "/auth/login", null, "{\"email\":\"" + w.email() + "\",\"password\":\"" + w.password() + "\"}");
        assertEquals(r.body(), 200, r.status());
        return r.json().get("token").asText();
    }

    private JsonNode messages(Workspace w, String conversationId) {
        return get("/conversations/" + conversationId + "/messages", w.apiKey()).json().get("items");
    }

    private JsonNode message(Workspace w, String conversationId, String id) {
        for (JsonNode m : messages(w, conversationId)) {
            if (m.get("id").asText().equals(id)) {
                return m;
            }
        }
        return null;
    }

    @Test
    public void aWhatsAppMessageIsStoredOnceBecomesARequestAndTheReplyReachesMeta() throws Exception {
        Workspace w = withHardwareCatalog("WhatsApp Inbound");
        String number = digits();
        JsonNode channel = whatsapp(w, number, "");
        assertEquals("connected", channel.get("status").asText());
        GraphReplay.Call connect = graph.at("GET", "/v25.0/" + number).get(0);
        assertEquals("fields=display_phone_number,verified_name", connect.query());
        assertEquals("Bearer EAA-" + number, connect.authorization());
        String id = channel.get("id").asText();
        String shown = get("/channels/" + id, w.apiKey()).body();
        assertFalse(shown, shown.contains(APP_SECRET) || shown.contains("EAA-") || shown.contains(VERIFY_TOKEN));
        assertEquals(number, get("/channels/" + id, w.apiKey()).json().at("/settings/phoneNumberId").asText());

        // Meta's verification handshake
        Answer handshake = get(inboundPath(channel) + "?hub.mode=subscribe&hub.verify_token=" + VERIFY_TOKEN + "&hub.challenge=1158201444", null);
        assertEquals(handshake.body(), 200, handshake.status());
        assertEquals("1158201444", handshake.body());
        assertTrue(handshake.header("Content-Type"), handshake.header("Content-Type").startsWith("text/plain"));
        assertEquals(403, get(inboundPath(channel) + "?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1", null).status());

        // forged and unsigned: 401, nothing stored
        String waId = "9198" + digits().substring(0, 8);
        String wamid = "wamid.HBgL" + digits();
        String body = text(number, waId, wamid, now(), "Please quote 12 M8 hex bolts 40mm and 2 rolls of PVC tape");
        assertProblem(notify(channel, "not-the-app-secret", body), 401, null);
        assertProblem(notify(channel, null, body), 401, null);
        assertEquals(0, get("/conversations", w.apiKey()).json().get("items").size());

        Answer first = notify(channel, APP_SECRET, body);
        assertEquals(first.body(), 200, first.status());
        Answer again = notify(channel, APP_SECRET, body);
        assertEquals(again.body(), 200, again.status());
        assertEquals(first.json(), again.json());
        String conversationId = first.json().get("conversationId").asText();
        JsonNode list = get("/conversations", w.apiKey()).json().get("items");
        assertEquals(1, list.size());
        assertEquals("whatsapp", list.get(0).at("/channel/kind").asText());
        assertEquals("Sheena Nelson", list.get(0).at("/contact/name").asText());
        assertEquals("+" + waId, list.get(0).at("/contact/phone").asText());
        assertEquals(1, messages(w, conversationId).size());

        JsonNode[] requests = new JsonNode[1];
        await("the request of the conversation", () -> {
            requests[0] = get("/requests?conversation=" + conversationId, w.apiKey()).json().get("items");
            return requests[0].size() == 1 && "proposed".equals(requests[0].get(0).get("status").asText());
        }, 30);
        JsonNode request = get("/requests/" + requests[0].get(0).get("id").asText(), w.apiKey()).json();
        assertEquals("whatsapp", request.get("channel").asText());
        assertTrue(request.get("proposal").toString(), request.get("proposal").toString().contains("HB-M8-40"));

        // staff take and reply: Meta receives exactly the documented text message
        String session = login(w);
        assertEquals(200, call("POST", "/conversations/" + conversationId + "/take", session, null).status());
        Answer queued = call("POST", "/conversations/" + conversationId + "/messages", session, "{\"text\":\"M8 bolts are 4.50 INR each.\"}");
        assertEquals(queued.body(), 202, queued.status());
        String replyId = queued.json().get("id").asText();
        String sendPath = "/v25.0/" + number + "/messages";
        await("the reply at Meta", () -> graph.at("POST", sendPath).size() == 1, 30);
        GraphReplay.Call sent = graph.at("POST", sendPath).get(0);
        assertEquals("Bearer EAA-" + number, sent.authorization());
        assertEquals(JSON.readTree("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"" + waId
                + "\",\"type\":\"text\",\"text\":{\"preview_url\":true,\"body\":\"M8 bolts are 4.50 INR each.\"}}"), JSON.readTree(sent.body()));
        await("the reply marked sent", () -> "sent".equals(message(w, conversationId, replyId).get("status").asText()), 30);
        String outWamid = GraphReplay.wamid(sent);

        // status callbacks: read wins over a late delivered
        assertEquals(200, notify(channel, APP_SECRET, status(number, outWamid, "delivered")).status());
        assertEquals("delivered", message(w, conversationId, replyId).get("status").asText());
        assertEquals(200, notify(channel, APP_SECRET, status(number, outWamid, "read")).status());
        Answer late = notify(channel, APP_SECRET, status(number, outWamid, "delivered"));
        assertEquals(200, late.status());
        assertFalse("a status-only call names no message", late.json().hasNonNull("messageId"));
        assertEquals("read", message(w, conversationId, replyId).get("status").asText());
        assertEquals(2, messages(w, conversationId).size());
    }

    @Test
    public void theClosedWindowIsSaidAtOnceAndTheChannelsTemplateIsSentInstead() throws Exception {
        Workspace w = register("WhatsApp Window", "business");
        String number = digits();
        JsonNode channel = whatsapp(w, number, "");
        String waId = "4915" + digits().substring(0, 9);
        long dayAndHourAgo = now() - 25 * 3600;
        String conversationId = notify(channel, APP_SECRET, text(number, waId, "wamid.OLD" + digits(), dayAndHourAgo, "hello"))
                .json().get("conversationId").asText();
        String session = login(w);
        assertEquals(200, call("POST", "/conversations/" + conversationId + "/take", session, null).status());
        Answer refused = call("POST", "/conversations/" + conversationId + "/messages", session, "{\"text\":\"Are you still there?\"}");
        assertProblem(refused, 409, "channel");
        assertTrue(refused.body(), refused.body().contains("24-hour") && refused.body().contains("template"));
        assertEquals(1, messages(w, conversationId).size());

        Answer patched = call("PATCH", "/channels/" + channel.get("id").asText(), w.apiKey(),
                "{\"settings\":{\"templateName\":\"quote_follow_up\",\"templateLanguage\":\"en_US\"}}");
        assertEquals(patched.body(), 200, patched.status());
        Answer queued = call("POST", "/conversations/" + conversationId + "/messages", session, "{\"text\":\"Are you still there?\"}");
        assertEquals(queued.body(), 202, queued.status());
        String sendPath = "/v25.0/" + number + "/messages";
        await("the template at Meta", () -> graph.at("POST", sendPath).size() == 1, 30);
        assertEquals(JSON.readTree("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"" + waId
                + "\",\"type\":\"template\",\"template\":{\"name\":\"quote_follow_up\",\"language\":{\"code\":\"en_US\"}}}"),
                JSON.readTree(graph.at("POST", sendPath).get(0).body()));
    }

    @Test
    public void aRevokedTokenFailsTheReplyForGoodAndTheChannelNeedsAttention() {
        Workspace w = register("WhatsApp Revoked", "business");
        String number = digits();
        JsonNode channel = whatsapp(w, number, "");
        String conversationId = notify(channel, APP_SECRET, text(number, "4477" + digits().substring(0, 8), "wamid.R" + digits(), now(), "hi"))
                .json().get("conversationId").asText();
        graph.answer("/v25.0/" + number, 401, "{\"error\":{\"message\":\"Error validating access token: The user has not authorized"
                + " application.\",\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":458}}");
        graph.answer("/v25.0/" + number + "/messages", 401, "{\"error\":{\"message\":\"Error validating access token: The user has not"
                + " authorized application.\",\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":458}}");
        String session = login(w);
        assertEquals(200, call("POST", "/conversations/" + conversationId + "/take", session, null).status());
        assertEquals(202, call("POST", "/conversations/" + conversationId + "/messages", session, "{\"text\":\"Hello\"}").status());
        String id = channel.get("id").asText();
        await("the channel to need attention", () -> "needs_attention".equals(get("/channels/" + id, w.apiKey()).json().get("status").asText()), 30);
        JsonNode out = messages(w, conversationId).get(1);
        assertEquals("failed", out.get("status").asText());
        assertTrue(out.get("failure").asText(), out.get("failure").asText().contains("access token"));
        assertEquals(1, graph.at("POST", "/v25.0/" + number + "/messages").size());
        // the test button asks Meta again and shows its words
        JsonNode tested = call("POST", "/channels/" + id + "/test", w.apiKey(), null).json();
        assertEquals("needs_attention", tested.get("status").asText());
        assertTrue(tested.toString(), tested.toString().contains("has not authorized application"));
    }

    @Test
    public void anotherWorkspaceSees404AndCannotConnectTheSameNumber() {
        Workspace a = register("WhatsApp A", "business");
        Workspace b = register("WhatsApp B", "business");
        String number = digits();
        JsonNode channel = whatsapp(a, number, "");
        String id = channel.get("id").asText();
        String conversationId = notify(channel, APP_SECRET, text(number, "3361" + digits().substring(0, 8), "wamid.A" + digits(), now(), "hi"))
                .json().get("conversationId").asText();
        assertProblem(get("/channels/" + id, b.apiKey()), 404, null);
        assertProblem(call("POST", "/channels/" + id + "/test", b.apiKey(), null), 404, null);
        assertProblem(get("/conversations/" + conversationId, b.apiKey()), 404, null);
        assertEquals(0, get("/conversations", b.apiKey()).json().get("items").size());
        Answer taken = call("POST", "/channels", b.apiKey(), "{\"kind\":\"whatsapp\",\"name\":\"Mine\",\"settings\":{\"phoneNumberId\":\""
                + number + "\",\"accessToken\":\"x\",\"appSecret\":\"y\",\"verifyToken\":\"z\"}}");
        assertProblem(taken, 409, null);
        assertFalse(taken.body().contains(a.tenantId()));
        assertFalse(taken.body().contains("WhatsApp A"));
        // a notification for another phone number sent to this channel's address lands nowhere
        Answer other = notify(channel, APP_SECRET, text(digits(), "3361000", "wamid.X" + digits(), now(), "not yours"));
        assertEquals(200, other.status());
        assertEquals(1, get("/conversations", a.apiKey()).json().get("items").size());
        // settings are checked before anything is stored
        assertProblem(call("POST", "/channels", b.apiKey(), "{\"kind\":\"whatsapp\",\"name\":\"Half\",\"settings\":{\"phoneNumberId\":\""
                + digits() + "\"}}"), 400, "settings.accessToken");
    }

    @Test
    public void anInstagramMessageIsStoredOnceEchoesMakeNoRequestAndTheReplyGoesThroughTheSendApi() throws Exception {
        Workspace w = withHardwareCatalog("Instagram Inbound");
        String account = "1784" + digits();
        Answer created = call("POST", "/channels", w.apiKey(), "{\"kind\":\"instagram\",\"name\":\"Instagram\",\"settings\":{\"accountId\":\""
                + account + "\",\"accessToken\":\"IG-" + account + "\",\"appSecret\":\"ig-secret\",\"verifyToken\":\"ig-verify\"}}");
        assertEquals(created.body(), 201, created.status());
        JsonNode channel = created.json();
        assertEquals("connected", channel.get("status").asText());
        assertEquals("Bearer IG-" + account, graph.at("GET", "/ig/v25.0/" + account).get(0).authorization());
        assertEquals("ok", get(inboundPath(channel) + "?hub.mode=subscribe&hub.verify_token=ig-verify&hub.challenge=ok", null).body());

        String sender = digits();
        String mid = "aWdfZAG1faXRlbToxOklH" + digits();
        String body = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + account + "\",\"time\":" + System.currentTimeMillis()
                + ",\"messaging\":[{\"sender\":{\"id\":\"" + sender + "\"},\"recipient\":{\"id\":\"" + account + "\"},\"timestamp\":"
                + System.currentTimeMillis() + ",\"message\":{\"mid\":\"" + mid + "\",\"text\":\"Please quote 12 M8 hex bolts 40mm\"}}]}]}";
        assertProblem(notify(channel, APP_SECRET, body), 401, null);
        Answer first = notify(channel, "ig-secret", body);
        assertEquals(first.body(), 200, first.status());
        assertEquals(first.json(), notify(channel, "ig-secret", body).json());
        String conversationId = first.json().get("conversationId").asText();
        await("the request of the conversation", () -> get("/requests?conversation=" + conversationId, w.apiKey()).json().get("items").size() == 1, 30);

        String session = login(w);
        assertEquals(200, call("POST", "/conversations/" + conversationId + "/take", session, null).status());
        assertEquals(202, call("POST", "/conversations/" + conversationId + "/messages", session, "{\"text\":\"4.50 INR each\"}").status());
        String sendPath = "/ig/v25.0/" + account + "/messages";
        await("the reply at Instagram", () -> graph.at("POST", sendPath).size() == 1, 30);
        assertEquals(JSON.readTree("{\"recipient\":{\"id\":\"" + sender + "\"},\"message\":{\"text\":\"4.50 INR each\"}}"),
                JSON.readTree(graph.at("POST", sendPath).get(0).body()));

        // our own echo is stored on the conversation but never makes a request
        String echo = body.replace("\"sender\":{\"id\":\"" + sender + "\"},\"recipient\":{\"id\":\"" + account + "\"}",
                "\"sender\":{\"id\":\"" + account + "\"},\"recipient\":{\"id\":\"" + sender + "\"}")
                .replace(mid, mid + "echo").replace("\"text\"", "\"is_echo\":true,\"text\"");
        assertEquals(conversationId, notify(channel, "ig-secret", echo).json().get("conversationId").asText());
        // automated messages are stored without processing work, so there is nothing to wait for
        assertEquals(1, get("/requests?conversation=" + conversationId, w.apiKey()).json().get("items").size());
    }

    /** A request from a fresh WhatsApp conversation, confirmed into a draft quote: {conversationId, quoteId}. */
    private String[] quoteFromWhatsApp(Workspace w, JsonNode channel, String number, String waId, long sentAt) {
        String conversationId = notify(channel, APP_SECRET, text(number, waId, "wamid.Q" + digits(), sentAt,
                "Please quote 12 M8 hex bolts 40mm")).json().get("conversationId").asText();
        JsonNode[] requests = new JsonNode[1];
        await("the request of the conversation", () -> {
            requests[0] = get("/requests?conversation=" + conversationId, w.apiKey()).json().get("items");
            return requests[0].size() == 1 && "proposed".equals(requests[0].get(0).get("status").asText());
        }, 30);
        Answer confirmed = call("POST", "/requests/" + requests[0].get(0).get("id").asText() + "/confirm", w.apiKey(), null);
        assertEquals(confirmed.body(), 200, confirmed.status());
        return new String[] {conversationId, confirmed.json().get("quoteId").asText()};
    }

    @Test
    public void aQuoteFromAWhatsAppRequestGoesBackThroughTheConversationWithItsPdf() throws Exception {
        Workspace w = withHardwareCatalog("WhatsApp Quotes");
        Workspace other = register("WhatsApp Quotes Other", "business");
        String number = digits();
        JsonNode channel = whatsapp(w, number, "");
        String waId = "9177" + digits().substring(0, 8);
        String[] made = quoteFromWhatsApp(w, channel, number, waId, now());
        String conversationId = made[0];
        String quoteId = made[1];

        assertProblem(call("POST", "/quotes/" + quoteId + "/send", other.apiKey(), "{\"channel\":\"conversation\"}"), 404, null);
        assertProblem(call("POST", "/quotes/" + quoteId + "/send", w.apiKey(), "{\"channel\":\"telegram\"}"), 409, "channel");
        assertProblem(call("POST", "/quotes/" + quoteId + "/send", w.apiKey(),
                "{\"channel\":\"whatsapp\",\"recipients\":[{\"name\":\"X\",\"email\":\"x@x.example\"}]}"), 400, "recipients");
        assertEquals("draft", get("/quotes/" + quoteId, w.apiKey()).json().get("status").asText());

        Answer sent = call("POST", "/quotes/" + quoteId + "/send", w.apiKey(), "{\"channel\":\"conversation\"}");
        assertEquals(sent.body(), 200, sent.status());
        JsonNode delivery = sent.json().get("deliveries").get(0);
        assertEquals("conversation", delivery.get("channel").asText());
        assertEquals(conversationId, delivery.get("to").asText());
        String url = sent.json().get("publicUrl").asText();
        String number2 = sent.json().get("number").asText();

        String sendPath = "/v25.0/" + number + "/messages";
        await("the document at Meta", () -> graph.at("POST", sendPath).size() == 1, 30);
        List<GraphReplay.Call> uploads = graph.at("POST", "/v25.0/" + number + "/media");
        assertEquals(1, uploads.size());
        GraphReplay.Call upload = uploads.get(0);
        assertEquals("Bearer EAA-" + number, upload.authorization());
        assertTrue(upload.contentType(), upload.contentType().startsWith("multipart/form-data; boundary="));
        jakarta.mail.internet.MimeMultipart form = new jakarta.mail.internet.MimeMultipart(
                new jakarta.mail.util.ByteArrayDataSource(upload.raw(), upload.contentType()));
        assertEquals(3, form.getCount());
        assertEquals("form-data; name=messaging_product", form.getBodyPart(0).getHeader("Content-Disposition")[0]);
        assertEquals("whatsapp", new String(form.getBodyPart(0).getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals("form-data; name=type", form.getBodyPart(1).getHeader("Content-Disposition")[0]);
        assertEquals("application/pdf", new String(form.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        String fileName = number2.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
        assertEquals("form-data; name=file; filename=" + fileName, form.getBodyPart(2).getHeader("Content-Disposition")[0]);
        assertEquals("application/pdf", form.getBodyPart(2).getHeader("Content-Type")[0]);
        byte[] pdf = form.getBodyPart(2).getInputStream().readAllBytes();
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        assertTrue("a whole PDF", pdf.length > 500 && new String(pdf, StandardCharsets.ISO_8859_1).contains("%%EOF"));

        JsonNode document = JSON.readTree(graph.at("POST", sendPath).get(0).body());
        assertEquals("document", document.get("type").asText());
        assertEquals(waId, document.get("to").asText());
        assertEquals("the replay answers an upload with the path's last part as its id", "media", document.at("/document/id").asText());
        assertEquals(fileName, document.at("/document/filename").asText());
        String caption = document.at("/document/caption").asText();
        assertTrue(caption, caption.contains(url) && caption.contains(number2));

        await("the delivery recorded as sent", () -> "sent".equals(get("/quotes/" + quoteId + "/deliveries", w.apiKey()).json().get(0)
                .get("status").asText()), 30);
        assertTrue(get("/quotes/" + quoteId + "/timeline", w.apiKey()).body().contains("\"quote.delivered\""));
        JsonNode out = messages(w, conversationId).get(1);
        assertEquals("out", out.get("direction").asText());
        assertEquals("sent", out.get("status").asText());
        assertEquals(caption, out.get("text").asText());
        assertEquals(fileName, out.at("/attachments/0/name").asText());
        // the message keeps the document's wamid: Meta's status callback finds it
        String wamidOut = GraphReplay.wamid(graph.at("POST", sendPath).get(0));
        assertEquals(200, notify(channel, APP_SECRET, status(number, wamidOut, "read")).status());
        assertEquals("read", message(w, conversationId, out.get("id").asText()).get("status").asText());
        assertProblem(get("/conversations/" + conversationId + "/messages", other.apiKey()), 404, null);
    }

    @Test
    public void aQuoteAfterTheWindowClosedIsTheTemplateWithNameNumberAndLink() throws Exception {
        Workspace w = withHardwareCatalog("WhatsApp Quote Template");
        String number = digits();
        JsonNode channel = whatsapp(w, number, ",\"templateName\":\"quote_ready\",\"templateLanguage\":\"en_US\"");
        String waId = "9166" + digits().substring(0, 8);
        String[] made = quoteFromWhatsApp(w, channel, number, waId, now() - 25 * 3600);
        Answer sent = call("POST", "/quotes/" + made[1] + "/send", w.apiKey(), "{\"channel\":\"whatsapp\"}");
        assertEquals(sent.body(), 200, sent.status());
        String sendPath = "/v25.0/" + number + "/messages";
        await("the template at Meta", () -> graph.at("POST", sendPath).size() == 1, 30);
        assertTrue("no PDF with a template", graph.at("POST", "/v25.0/" + number + "/media").isEmpty());
        String customer = get("/quotes/" + made[1], w.apiKey()).json().at("/customer/name").asText();
        assertEquals(JSON.readTree("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"" + waId
                + "\",\"type\":\"template\",\"template\":{\"name\":\"quote_ready\",\"language\":{\"code\":\"en_US\"},"
                + "\"components\":[{\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"text\":" + JSON.writeValueAsString(customer)
                + "},{\"type\":\"text\",\"text\":\"" + sent.json().get("number").asText() + "\"},{\"type\":\"text\",\"text\":\""
                + sent.json().get("publicUrl").asText() + "\"}]}]}}"), JSON.readTree(graph.at("POST", sendPath).get(0).body()));
    }

    @Test
    public void aQuoteNotFromAConversationIsRefusedNamingChannel() {
        Workspace w = withHardwareCatalog("WhatsApp Quote None");
        whatsapp(w, digits(), "");
        String requestId = call("POST", "/requests", w.apiKey(), "{\"channel\":\"email\",\"sender\":{\"name\":\"Ravi\"},"
                + "\"text\":\"please send 12 M8 hex bolts 40mm\"}").json().get("id").asText();
        String quoteId = call("POST", "/requests/" + requestId + "/confirm", w.apiKey(), null).json().get("quoteId").asText();
        Answer refused = call("POST", "/quotes/" + quoteId + "/send", w.apiKey(), "{\"channel\":\"conversation\"}");
        assertProblem(refused, 409, "channel");
        assertTrue(refused.body(), refused.body().contains("did not come from a conversation"));
        assertEquals("draft", get("/quotes/" + quoteId, w.apiKey()).json().get("status").asText());
    }

    /** Plays Meta's Graph API: records every call and answers as the documentation shows, or as a test scripts a path. */
    static final class GraphReplay {
        record Call(String method, String path, String query, String authorization, String body, String answer, String contentType,
                byte[] raw) {
        }

        private final List<Call> calls = new CopyOnWriteArrayList<>();
        private final Map<String, Object[]> scripted = new ConcurrentHashMap<>();
        private final AtomicInteger ids = new AtomicInteger();

        GraphReplay(int port) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                byte[] raw = exchange.getRequestBody().readAllBytes();
                String body = new String(raw, StandardCharsets.UTF_8);
                Object[] script = scripted.get(path);
                int status = script == null ? 200 : (Integer) script[0];
                String answer = script != null ? (String) script[1]
                        : !path.endsWith("/messages") ? "{\"id\":\"" + path.substring(path.lastIndexOf('/') + 1) + "\",\"verified_name\":\"Test\"}"
                        : path.startsWith("/ig/") ? "{\"recipient_id\":\"1\",\"message_id\":\"ig-out-" + ids.incrementAndGet() + "\"}"
                        : "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"1\",\"wa_id\":\"1\"}],\"messages\":[{\"id\":\"wamid.OUT-"
                                + ids.incrementAndGet() + "\"}]}";
                calls.add(new Call(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                        exchange.getRequestHeaders().getFirst("Authorization"), body, answer,
                        exchange.getRequestHeaders().getFirst("Content-Type"), raw));
                byte[] out = answer.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, out.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            });
            server.start();
        }

        void answer(String path, int status, String body) {
            scripted.put(path, new Object[] {status, body});
        }

        List<Call> at(String method, String path) {
            return calls.stream().filter(c -> c.method().equals(method) && c.path().equals(path)).toList();
        }

        /** The wamid this replay answered to a send. */
        static String wamid(Call sent) throws IOException {
            return JSON.readTree(sent.answer()).at("/messages/0/id").asText();
        }
    }
}
