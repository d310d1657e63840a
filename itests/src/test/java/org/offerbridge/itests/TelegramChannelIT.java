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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

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
 * The telegram kind on the real distribution against a replay of the Bot API on loopback (allowed for 127.0.0.1 only,
 * as an operator would, and named in etc/org.offerbridge.channels.telegram.cfg): connecting calls getMe and setWebhook
 * with our inbound URL and a secret token; updates carrying that token are stored once and become requests of their
 * conversation, others are 401 with nothing stored; the owner's reply is exactly a sendMessage to the chat; Telegram's
 * refusals fail the message (blocked, revoked) or are retried (429); a bot connects in one workspace only.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TelegramChannelIT extends OfferbridgeTestSupport {
    private static final String PORT_PROPERTY = "offerbridge.test.telegram.port";
    /** Chosen once in the test JVM and handed to the container, where the replay runs. */
    private static final String PORT = System.getProperty(PORT_PROPERTY, Integer.toString(freePort()));
    private static BotApiReplay telegram;

    @Configuration
    public Option[] config() {
        return baseOptions(
                systemProperty(PORT_PROPERTY).value(PORT),
                editConfigurationFilePut("etc/org.offerbridge.platform.outbound.cfg", "allowedPrivateHosts", "127.0.0.1"),
                editConfigurationFilePut("etc/org.offerbridge.channels.telegram.cfg", "apiBaseUrl", "http://127.0.0.1:" + PORT),
                editConfigurationFilePut("etc/org.offerbridge.channels.cfg", "pollIntervalMillis", "200"),
                editConfigurationFilePut("etc/org.offerbridge.channels.cfg", "backoffMillis", "200"));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Before
    public void ready() throws IOException {
        awaitApi();
        if (telegram == null) {
            telegram = new BotApiReplay(Integer.parseInt(PORT));
        }
        // the kind is there once it, not the capability's kind rule, names the missing token
        Workspace probe = register("Telegram Probe", "business");
        await("the telegram kind", () -> "settings.botToken".equals(call("POST", "/channels", probe.apiKey(),
                "{\"kind\":\"telegram\",\"name\":\"x\",\"settings\":{}}").json().path("field").asText()), 90);
    }

    /** A bot token of a bot no other test uses: bot ids are unique across workspaces. */
    private static String newBotToken() {
        return ThreadLocalRandom.current().nextLong(100_000_000L, 9_999_999_999L) + ":AAH" + java.util.UUID.randomUUID().toString().replace("-", "");
    }

    private static String botId(String token) {
        return token.substring(0, token.indexOf(':'));
    }

    private Answer createBot(Workspace w, String name, String token) {
        return call("POST", "/channels", w.apiKey(), "{\"kind\":\"telegram\",\"name\":\"" + name + "\",\"settings\":{\"botToken\":\"" + token + "\"}}");
    }

    private static String inboundPath(JsonNode channel) {
        String url = channel.get("inboundUrl").asText();
        return "/channels/inbound/" + url.substring(url.lastIndexOf('/') + 1);
    }

    /** POSTs an update as Telegram does, with {@code secret} in the header (null: none). */
    private Answer update(JsonNode channel, String secret, String json) {
        Map<String, String> headers = secret == null ? Map.of() : Map.of("X-Telegram-Bot-Api-Secret-Token", secret);
        return send("POST", inboundPath(channel), null, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static final String ASHA = "{\"id\":555111222,\"is_bot\":false,\"first_name\":\"Asha\",\"username\":\"asha_buyer\",\"language_code\":\"en\"}";
    private static final String ASHA_CHAT = "{\"id\":555111222,\"first_name\":\"Asha\",\"username\":\"asha_buyer\",\"type\":\"private\"}";

    private static String textUpdate(long updateId, long messageId, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + messageId + ",\"date\":1765094400,\"from\":" + ASHA
                + ",\"chat\":" + ASHA_CHAT + ",\"text\":\"" + text + "\"}}";
    }

    /** PROVIDERS.md 2.2's document message, built here from its fields. */
    private static String documentUpdate(long updateId, long messageId) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + messageId + ",\"date\":1765094400,\"from\":" + ASHA
                + ",\"chat\":" + ASHA_CHAT + ",\"document\":{\"file_name\":\"RFQ-steel-rods.pdf\",\"mime_type\":\"application/pdf\","
                + "\"file_id\":\"BQACAgUAAxkBAAIBJ2\",\"file_unique_id\":\"AgADx\",\"file_size\":182734},\"caption\":\"Need a quote for 200 units\"}}";
    }

    private String login(Workspace w) {
        Answer r = call("POST", "/auth/login", null, "{\"email\":\"" + w.email() + "\",\"password\":\"" + w.password() + "\"}");
        assertEquals(r.body(), 200, r.status());
        return r.json().get("token").asText();
    }

    private JsonNode message(Workspace w, String conversationId, String messageId) {
        for (JsonNode m : get("/conversations/" + conversationId + "/messages", w.apiKey()).json().get("items")) {
            if (m.get("id").asText().equals(messageId)) {
                return m;
            }
        }
        return null;
    }

    private String reply(Workspace w, String session, String conversationId, String text) {
        Answer queued = call("POST", "/conversations/" + conversationId + "/messages", session, "{\"text\":\"" + text + "\"}");
        assertEquals(queued.body(), 202, queued.status());
        return queued.json().get("id").asText();
    }

    private void awaitStatus(Workspace w, String conversationId, String messageId, String status) {
        await("the reply " + status, () -> status.equals(message(w, conversationId, messageId).get("status").asText()), 30);
    }

    @Test
    public void connectingRegistersTheInboundUrlWithASecretTokenOnlyTelegramKnows() throws Exception {
        Workspace w = register("Telegram Connect", "business");
        String token = newBotToken();
        Answer created = createBot(w, "Shop bot", token);
        assertEquals(created.body(), 201, created.status());
        JsonNode channel = created.json();
        assertEquals("telegram", channel.get("kind").asText());
        assertEquals("connected", channel.get("status").asText());
        assertEquals(List.of("getMe", "setWebhook"), telegram.methods(token));
        JsonNode hook = JSON.readTree(telegram.calls(token, "setWebhook").get(0));
        assertEquals(channel.get("inboundUrl").asText(), hook.get("url").asText());
        String secret = hook.get("secret_token").asText();
        assertTrue(secret, secret.matches("[A-Za-z0-9_-]{32,256}"));
        assertEquals("[\"message\",\"edited_message\"]", hook.get("allowed_updates").toString());
        assertFalse(hook.get("drop_pending_updates").asBoolean(true));
        String id = channel.get("id").asText();
        for (String shown : new String[] {created.body(), get("/channels/" + id, w.apiKey()).body(), get("/channels", w.apiKey()).body()}) {
            assertFalse("the token is never shown", shown.contains(token.substring(token.indexOf(':') + 1)));
            assertFalse("nor our webhook secret", shown.contains(secret));
        }

        // testing again registers the same secret: updates already on their way still verify
        assertEquals(200, call("POST", "/channels/" + id + "/test", w.apiKey(), null).status());
        List<String> hooks = telegram.calls(token, "setWebhook");
        assertEquals(2, hooks.size());
        assertEquals(secret, JSON.readTree(hooks.get(1)).get("secret_token").asText());

        // another bot for the channel: registered with a new secret, so the old bot's updates are refused
        String next = newBotToken();
        Answer patched = call("PATCH", "/channels/" + id, w.apiKey(), "{\"settings\":{\"botToken\":\"" + next + "\"}}");
        assertEquals(patched.body(), 200, patched.status());
        assertEquals("connected", patched.json().get("status").asText());
        String nextSecret = JSON.readTree(telegram.calls(next, "setWebhook").get(0)).get("secret_token").asText();
        assertFalse(secret.equals(nextSecret));
        assertProblem(update(channel, secret, textUpdate(1, 1, "from the old bot")), 401, null);
        assertEquals(200, update(channel, nextSecret, textUpdate(2, 1, "from the new bot")).status());

        assertProblem(call("POST", "/channels", w.apiKey(), "{\"kind\":\"telegram\",\"name\":\"x\",\"settings\":{\"botToken\":\"not-a-token\"}}"),
                400, "settings.botToken");
        assertProblem(call("PATCH", "/channels/" + id, w.apiKey(), "{\"settings\":{\"appSecret\":\"x\"}}"), 400, "settings.appSecret");
    }

    @Test
    public void aRefusedTokenNeedsAttentionWithTelegramsWordsUntilTestedAgain() {
        Workspace w = register("Telegram Refused", "business");
        String token = newBotToken();
        telegram.answer(token, "getMe", 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        Answer created = createBot(w, "Revoked bot", token);
        assertEquals(created.body(), 201, created.status());
        assertEquals("needs_attention", created.json().get("status").asText());
        assertTrue(created.body(), created.json().get("statusReason").asText().contains("Unauthorized"));
        assertEquals(List.of("getMe"), telegram.methods(token));

        telegram.clear(token);
        String id = created.json().get("id").asText();
        Answer tested = call("POST", "/channels/" + id + "/test", w.apiKey(), null);
        assertEquals(tested.body(), 200, tested.status());
        assertEquals("connected", tested.json().get("status").asText());
        assertEquals(1, telegram.calls(token, "setWebhook").size());
    }

    @Test
    public void anUpdateWithOurSecretIsStoredOnceAndBecomesARequestOfItsConversation() throws Exception {
        Workspace w = withHardwareCatalog("Telegram Inbound");
        String token = newBotToken();
        JsonNode channel = createBot(w, "Shop bot", token).json();
        String secret = JSON.readTree(telegram.calls(token, "setWebhook").get(0)).get("secret_token").asText();

        String order = textUpdate(918273645, 41, "Please quote 12 M8 hex bolts 40mm and 2 rolls of PVC tape");
        assertProblem(update(channel, null, order), 401, null);
        assertProblem(update(channel, secret + "x", order), 401, null);
        assertProblem(update(channel, secret.substring(1), order), 401, null);
        assertEquals("nothing stored for an unverified update", 0, get("/conversations", w.apiKey()).json().get("items").size());

        Answer first = update(channel, secret, order);
        assertEquals(first.body(), 200, first.status());
        String conversationId = first.json().get("conversationId").asText();
        Answer again = update(channel, secret, order);
        assertEquals("Telegram's repeat is the same answer", first.json(), again.json());
        Answer ignored = update(channel, secret, "{\"update_id\":918273646,\"callback_query\":{\"id\":\"q1\",\"data\":\"x\"}}");
        assertEquals("an update we do not handle is acknowledged", 200, ignored.status());
        Answer document = update(channel, secret, documentUpdate(918273647, 42));
        assertEquals(document.body(), 200, document.status());
        assertEquals(conversationId, document.json().get("conversationId").asText());

        JsonNode conversations = get("/conversations", w.apiKey()).json().get("items");
        assertEquals(1, conversations.size());
        JsonNode c = conversations.get(0);
        assertEquals("telegram", c.at("/channel/kind").asText());
        assertEquals("Asha", c.at("/contact/name").asText());
        assertEquals("@asha_buyer", c.at("/contact/handle").asText());
        assertEquals(1, get("/conversations?q=%40asha", w.apiKey()).json().get("items").size());
        JsonNode messages = get("/conversations/" + conversationId + "/messages", w.apiKey()).json().get("items");
        assertEquals(messages.toString(), 2, messages.size());
        JsonNode withFile = message(w, conversationId, document.json().get("messageId").asText());
        assertEquals("Need a quote for 200 units", withFile.get("text").asText());
        assertEquals("RFQ-steel-rods.pdf", withFile.at("/attachments/0/name").asText());
        assertEquals("application/pdf", withFile.at("/attachments/0/contentType").asText());
        assertEquals(182734, withFile.at("/attachments/0/size").asLong());

        await("the request of the conversation", () -> {
            JsonNode items = get("/requests?conversation=" + conversationId, w.apiKey()).json().get("items");
            return items.size() >= 1 && !"received".equals(items.get(0).get("status").asText());
        }, 30);
        JsonNode requests = get("/requests?conversation=" + conversationId, w.apiKey()).json().get("items");
        JsonNode request = null;
        for (JsonNode r : requests) {
            JsonNode full = get("/requests/" + r.get("id").asText(), w.apiKey()).json();
            if (full.path("proposal").toString().contains("HB-M8-40")) {
                request = full;
            }
        }
        assertTrue(requests.toString(), request != null);
        assertEquals("telegram", request.get("channel").asText());
        assertEquals(conversationId, request.get("conversationId").asText());
        assertTrue(get("/channels/" + channel.get("id").asText(), w.apiKey()).json().hasNonNull("lastInboundAt"));
    }

    @Test
    public void theOwnersReplyIsSendMessageToTheChatAndTelegramsRefusalsFailItOrAreRetried() throws Exception {
        Workspace w = register("Telegram Reply", "business");
        String token = newBotToken();
        JsonNode channel = createBot(w, "Shop bot", token).json();
        String secret = JSON.readTree(telegram.calls(token, "setWebhook").get(0)).get("secret_token").asText();
        String conversationId = update(channel, secret, textUpdate(7001, 1, "price of PVC tape?")).json().get("conversationId").asText();
        String session = login(w);
        assertEquals(200, call("POST", "/conversations/" + conversationId + "/take", session, null).status());

        String sent = reply(w, session, conversationId, "Tape is 35 INR a roll.");
        awaitStatus(w, conversationId, sent, "sent");
        List<String> calls = telegram.calls(token, "sendMessage");
        assertEquals(1, calls.size());
        assertEquals(JSON.readTree("{\"chat_id\":555111222,\"text\":\"Tape is 35 INR a roll.\"}"), JSON.readTree(calls.get(0)));
        assertTrue(get("/channels/" + channel.get("id").asText(), w.apiKey()).json().hasNonNull("lastOutboundAt"));

        // a rate limit heals: the same request again after the backoff
        telegram.answerOnce(token, "sendMessage", 429,
                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}");
        String limited = reply(w, session, conversationId, "And bolts are 4.50 INR.");
        awaitStatus(w, conversationId, limited, "sent");
        calls = telegram.calls(token, "sendMessage");
        assertEquals(3, calls.size());
        assertEquals(calls.get(1), calls.get(2));

        // a user who blocked the bot: the message fails for good with Telegram's reason
        telegram.answer(token, "sendMessage", 403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");
        String blocked = reply(w, session, conversationId, "Anything else?");
        awaitStatus(w, conversationId, blocked, "failed");
        assertTrue(message(w, conversationId, blocked).get("failure").asText().contains("bot was blocked by the user"));
        assertEquals("not retried", 4, telegram.calls(token, "sendMessage").size());
        JsonNode still = get("/channels/" + channel.get("id").asText(), w.apiKey()).json();
        assertEquals("a blocked bot is this contact's matter: the channel works for others", "connected", still.get("status").asText());
    }

    @Test
    public void aRevokedTokenFailsTheReplyAndTheChannelNeedsAttention() throws Exception {
        Workspace w = register("Telegram Revoked", "business");
        String token = newBotToken();
        JsonNode channel = createBot(w, "Shop bot", token).json();
        String secret = JSON.readTree(telegram.calls(token, "setWebhook").get(0)).get("secret_token").asText();
        String conversationId = update(channel, secret, textUpdate(8001, 1, "hello")).json().get("conversationId").asText();
        String session = login(w);
        assertEquals(200, call("POST", "/conversations/" + conversationId + "/take", session, null).status());
        telegram.answer(token, "sendMessage", 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        String revoked = reply(w, session, conversationId, "Hello Asha");
        awaitStatus(w, conversationId, revoked, "failed");
        assertTrue(message(w, conversationId, revoked).get("failure").asText().contains("revoked"));
        JsonNode shown = get("/channels/" + channel.get("id").asText(), w.apiKey()).json();
        assertEquals("needs_attention", shown.get("status").asText());
        assertTrue(shown.toString(), shown.get("statusReason").asText().contains("Unauthorized"));
        assertEquals(1, telegram.calls(token, "sendMessage").size());
    }

    @Test
    public void aBotConnectsInOneWorkspaceOnlyAndAnotherWorkspaceSeesNothingOfIt() throws Exception {
        Workspace a = register("Telegram A", "business");
        Workspace b = register("Telegram B", "business");
        String token = newBotToken();
        JsonNode channel = createBot(a, "A's bot", token).json();
        String id = channel.get("id").asText();
        String secret = JSON.readTree(telegram.calls(token, "setWebhook").get(0)).get("secret_token").asText();
        String conversationId = update(channel, secret, textUpdate(9001, 1, "hi")).json().get("conversationId").asText();

        // the same bot (its id is the account), even with another token of it, is A's
        Answer taken = createBot(b, "Mine", botId(token) + ":AAHanotherTokenOfTheSameBot0123456789");
        assertProblem(taken, 409, null);
        assertFalse(taken.body().contains(a.tenantId()));
        assertFalse(taken.body().contains("Telegram A"));
        assertEquals("no channel left behind", 0, get("/channels", b.apiKey()).json().get("items").size());

        assertProblem(get("/channels/" + id, b.apiKey()), 404, null);
        assertProblem(call("PATCH", "/channels/" + id, b.apiKey(), "{\"settings\":{\"botToken\":\"" + newBotToken() + "\"}}"), 404, null);
        assertProblem(call("POST", "/channels/" + id + "/test", b.apiKey(), null), 404, null);
        assertProblem(call("DELETE", "/channels/" + id, b.apiKey(), null), 404, null);
        assertProblem(get("/conversations/" + conversationId, b.apiKey()), 404, null);
        assertProblem(get("/conversations/" + conversationId + "/messages", b.apiKey()), 404, null);
        assertEquals(0, get("/conversations?channel=" + id, b.apiKey()).json().get("items").size());

        assertEquals(204, call("DELETE", "/channels/" + id, a.apiKey(), null).status());
        List<String> deleted = telegram.calls(token, "deleteWebhook");
        assertEquals("the deleted channel's webhook is removed at Telegram", 1, deleted.size());
        assertEquals(JSON.readTree("{\"drop_pending_updates\":false}"), JSON.readTree(deleted.get(0)));
        assertProblem(update(channel, secret, textUpdate(9002, 2, "still there?")), 404, null);
        Answer freed = createBot(b, "Mine", token);
        assertEquals("the bot is free again", 201, freed.status());
        assertEquals("connected", freed.json().get("status").asText());
    }

    @Test
    public void aQuoteFromATelegramRequestIsSentAsTheDocumentWithTheLinkAsCaption() throws Exception {
        Workspace w = withHardwareCatalog("Telegram Quotes");
        Workspace other = register("Telegram Quotes Other", "business");
        String token = newBotToken();
        JsonNode channel = createBot(w, "Shop bot", token).json();
        String secret = JSON.readTree(telegram.calls(token, "setWebhook").get(0)).get("secret_token").asText();
        String conversationId = update(channel, secret, textUpdate(9501, 1, "Please quote 12 M8 hex bolts 40mm"))
                .json().get("conversationId").asText();
        JsonNode[] requests = new JsonNode[1];
        await("the request of the conversation", () -> {
            requests[0] = get("/requests?conversation=" + conversationId, w.apiKey()).json().get("items");
            return requests[0].size() == 1 && "proposed".equals(requests[0].get(0).get("status").asText());
        }, 30);
        Answer confirmed = call("POST", "/requests/" + requests[0].get(0).get("id").asText() + "/confirm", w.apiKey(), null);
        assertEquals(confirmed.body(), 200, confirmed.status());
        String quoteId = confirmed.json().get("quoteId").asText();

        assertProblem(call("POST", "/quotes/" + quoteId + "/send", other.apiKey(), "{\"channel\":\"conversation\"}"), 404, null);
        Answer sent = call("POST", "/quotes/" + quoteId + "/send", w.apiKey(), "{\"channel\":\"telegram\"}");
        assertEquals(sent.body(), 200, sent.status());
        assertEquals(conversationId, sent.json().at("/deliveries/0/to").asText());
        String url = sent.json().get("publicUrl").asText();
        String number = sent.json().get("number").asText();
        await("the document at Telegram", () -> telegram.calls(token, "sendDocument").size() == 1, 30);
        assertTrue("one document with its caption, no separate text", telegram.calls(token, "sendMessage").isEmpty());

        jakarta.mail.internet.MimeMultipart form = telegram.form(token, "sendDocument");
        assertEquals(3, form.getCount());
        assertEquals("form-data; name=chat_id", form.getBodyPart(0).getHeader("Content-Disposition")[0]);
        assertEquals("555111222", new String(form.getBodyPart(0).getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        String fileName = number.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
        assertEquals("form-data; name=document; filename=" + fileName, form.getBodyPart(1).getHeader("Content-Disposition")[0]);
        assertEquals("application/pdf", form.getBodyPart(1).getHeader("Content-Type")[0]);
        byte[] pdf = form.getBodyPart(1).getInputStream().readAllBytes();
        assertTrue("a whole PDF", new String(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF-")
                && new String(pdf, StandardCharsets.ISO_8859_1).contains("%%EOF"));
        assertEquals("form-data; name=caption", form.getBodyPart(2).getHeader("Content-Disposition")[0]);
        String caption = new String(form.getBodyPart(2).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(caption, caption.contains(url) && caption.contains(number) && caption.startsWith("Hello Asha,"));

        await("the delivery recorded as sent", () -> "sent".equals(get("/quotes/" + quoteId + "/deliveries", w.apiKey()).json().get(0)
                .get("status").asText()), 30);
        assertTrue(get("/quotes/" + quoteId + "/timeline", w.apiKey()).body().contains("\"quote.delivered\""));
        JsonNode out = get("/conversations/" + conversationId + "/messages", w.apiKey()).json().get("items").get(1);
        assertEquals("out", out.get("direction").asText());
        assertEquals("sent", out.get("status").asText());
        assertEquals(caption, out.get("text").asText());
        assertEquals(fileName, out.at("/attachments/0/name").asText());
    }

    /**
     * The Bot API on loopback: records each call's body per bot token and method, answers getMe with the bot the
     * token names, anything else ok, or what a test set (once or until cleared).
     */
    static final class BotApiReplay {
        private record Reply(int status, String body) {
        }

        private record Call(String token, String method, String body, String contentType, byte[] raw) {
        }

        private final List<Call> calls = new CopyOnWriteArrayList<>();
        private final Map<String, Reply> answers = new ConcurrentHashMap<>();
        private final Map<String, ConcurrentLinkedQueue<Reply>> once = new ConcurrentHashMap<>();

        BotApiReplay(int port) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath(); // /bot<token>/<method>
                String token = path.substring("/bot".length(), path.lastIndexOf('/'));
                String method = path.substring(path.lastIndexOf('/') + 1);
                byte[] raw = exchange.getRequestBody().readAllBytes();
                calls.add(new Call(token, method, new String(raw, StandardCharsets.UTF_8), exchange.getRequestHeaders().getFirst("Content-Type"), raw));
                Reply r = reply(token, method);
                byte[] out = r.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(r.status(), out.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            });
            server.start();
        }

        private Reply reply(String token, String method) {
            String key = token + "/" + method;
            ConcurrentLinkedQueue<Reply> first = once.get(key);
            Reply r = first == null ? null : first.poll();
            if (r != null) {
                return r;
            }
            r = answers.get(key);
            if (r != null) {
                return r;
            }
            return switch (method) {
                case "getMe" -> new Reply(200, "{\"ok\":true,\"result\":{\"id\":" + botId(token) + ",\"is_bot\":true,\"first_name\":\"Shop\",\"username\":\"shop_bot\"}}");
                case "sendMessage", "sendDocument" -> new Reply(200, "{\"ok\":true,\"result\":{\"message_id\":" + (1000 + calls.size())
                        + ",\"date\":1765094500,\"chat\":{\"id\":555111222,\"type\":\"private\"}}}");
                default -> new Reply(200, "{\"ok\":true,\"result\":true,\"description\":\"Webhook was set\"}");
            };
        }

        void answer(String token, String method, int status, String body) {
            answers.put(token + "/" + method, new Reply(status, body));
        }

        void answerOnce(String token, String method, int status, String body) {
            once.computeIfAbsent(token + "/" + method, k -> new ConcurrentLinkedQueue<>()).add(new Reply(status, body));
        }

        void clear(String token) {
            answers.keySet().removeIf(k -> k.startsWith(token + "/"));
        }

        List<String> methods(String token) {
            return calls.stream().filter(c -> c.token().equals(token)).map(Call::method).toList();
        }

        /** A multipart call's parts, as Jakarta Mail reads them. */
        jakarta.mail.internet.MimeMultipart form(String token, String method) throws jakarta.mail.MessagingException {
            Call c = calls.stream().filter(x -> x.token().equals(token) && x.method().equals(method)).findFirst().orElseThrow();
            assertTrue(c.contentType(), c.contentType().startsWith("multipart/form-data; boundary="));
            return new jakarta.mail.internet.MimeMultipart(new jakarta.mail.util.ByteArrayDataSource(c.raw(), c.contentType()));
        }

        List<String> calls(String token, String method) {
            return calls.stream().filter(c -> c.token().equals(token) && c.method().equals(method)).map(Call::body).toList();
        }
    }
}
