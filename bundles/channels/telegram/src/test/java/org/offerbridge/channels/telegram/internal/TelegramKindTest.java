package org.offerbridge.channels.telegram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offerbridge.platform.testing.Refusals.assertInvalid;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offerbridge.channels.api.Conversation.Contact;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.Connection;
import org.offerbridge.channels.spi.InboundCall;
import org.offerbridge.channels.spi.OutboundMessage;
import org.offerbridge.channels.spi.PreparedSettings;
import org.offerbridge.channels.spi.SendOutcome;
import org.offerbridge.platform.api.net.RefusedAddressException;
import org.offerbridge.platform.api.rest.ProblemException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TelegramKindTest {
    static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final URI INBOUND = URI.create("https://offers.example.com/api/v1/channels/inbound/tok");
    private BotApiStub telegram;
    private TelegramKind kind;

    @BeforeEach
    void start() throws Exception {
        telegram = new BotApiStub();
        telegram.answer("getMe", 200, "{\"ok\":true,\"result\":{\"id\":123456789,\"is_bot\":true,\"first_name\":\"Shop\",\"username\":\"shop_bot\"}}");
        kind = new TelegramKind(new BotApi(URI::create, telegram.base(), 2, 2));
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    private ChannelSettings created(String token) {
        PreparedSettings p = kind.settings(Map.of("botToken", token), ChannelSettings.NONE);
        return new ChannelSettings("c1", p.values(), p.secrets());
    }

    private static InboundCall call(String secretHeader, String body) {
        Map<String, List<String>> h = new HashMap<>();
        if (secretHeader != null) {
            h.put("x-telegram-bot-api-secret-token", List.of(secretHeader));
        }
        return new InboundCall("POST", h, Map.of(), body.getBytes(StandardCharsets.UTF_8), Instant.now());
    }

    @Test
    void theTokenIsASecretAndTheWebhookSecretIsDrawnOnceAndKept() {
        PreparedSettings p = kind.settings(Map.of("botToken", " " + TOKEN + " "), ChannelSettings.NONE);
        assertEquals(TOKEN, p.secrets().get("botToken"));
        assertTrue(p.values().isEmpty());
        assertTrue(p.shownOnce().isEmpty(), "nobody but Telegram needs the webhook secret");
        String drawn = p.secrets().get("webhookSecret");
        assertTrue(drawn.matches("[A-Za-z0-9_-]{43}"), "setWebhook's alphabet and length: " + drawn);
        assertFalse(drawn.equals(created(TOKEN).secret("webhookSecret")), "drawn per channel");
        ChannelSettings current = new ChannelSettings("c1", p.values(), p.secrets());
        String renewed = "123456789:CCHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
        PreparedSettings changed = kind.settings(Map.of("botToken", renewed), current);
        assertEquals(renewed, changed.secrets().get("botToken"));
        assertEquals(drawn, changed.secrets().get("webhookSecret"), "the same bot with a new token keeps its secret");
        String other = "987654321:BBHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
        PreparedSettings otherBot = kind.settings(Map.of("botToken", other), current);
        assertEquals(other, otherBot.secrets().get("botToken"));
        assertFalse(drawn.equals(otherBot.secrets().get("webhookSecret")), "another bot gets a new secret: the old bot's updates are refused");
        assertEquals(p.secrets(), kind.settings(Map.of(), current).secrets(), "a PATCH without the token keeps both");
        assertEquals("123456789", kind.accountKey(current));
    }

    @Test
    void badSettingsAreRefusedWithoutEchoingTheToken() {
        assertInvalid("settings.botToken", () -> kind.settings(Map.of(), ChannelSettings.NONE));
        assertInvalid("settings.botToken", () -> kind.settings(Map.of("botToken", "  "), ChannelSettings.NONE));
        assertInvalid("settings.botToken", () -> kind.settings(Map.of("botToken", 42), ChannelSettings.NONE));
        ProblemException e = assertInvalid("settings.botToken", () -> kind.settings(Map.of("botToken", "AAHdqTcvCH1vGWJxfSeofSAs0K5"), ChannelSettings.NONE));
        assertEquals("channels.telegramToken", e.messageKey());
        assertFalse(e.getMessage().contains("AAHdqTcvCH1vGWJxfSeofSAs0K5"));
        assertInvalid("settings.appSecret", () -> kind.settings(Map.of("botToken", TOKEN, "appSecret", "x"), ChannelSettings.NONE));
    }

    @Test
    void connectingChecksTheTokenThenRegistersTheInboundUrlWithOurSecret() throws Exception {
        ChannelSettings s = created(TOKEN);
        Connection c = kind.connect(s, INBOUND);
        assertTrue(c.connected(), String.valueOf(c.reason()));
        assertTrue(c.newSecrets().isEmpty(), "the secret was drawn with the settings");
        assertEquals(List.of("/bot" + TOKEN + "/getMe", "/bot" + TOKEN + "/setWebhook"), telegram.calls.stream().map(BotApiStub.Call::path).toList());
        BotApiStub.Call hook = telegram.calls("setWebhook").get(0);
        assertEquals("application/json", hook.contentType());
        JsonNode body = JSON.readTree(hook.body());
        assertEquals(INBOUND.toString(), body.get("url").asText());
        assertEquals(s.secret("webhookSecret"), body.get("secret_token").asText());
        assertEquals("[\"message\",\"edited_message\"]", body.get("allowed_updates").toString());
        assertFalse(body.get("drop_pending_updates").asBoolean(true));
    }

    @Test
    void aChannelWithoutASecretYetGetsOneDrawnWhenConnecting() throws Exception {
        Connection c = kind.connect(new ChannelSettings("c1", Map.of(), Map.of("botToken", TOKEN)), INBOUND);
        assertTrue(c.connected());
        String drawn = c.newSecrets().get("webhookSecret");
        assertEquals(drawn, JSON.readTree(telegram.calls("setWebhook").get(0).body()).get("secret_token").asText());
    }

    @Test
    void aRefusedTokenOrWebhookNeedsAttentionWithTelegramsDescription() {
        telegram.answer("getMe", 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        Connection c = kind.connect(created(TOKEN), INBOUND);
        assertFalse(c.connected());
        assertTrue(c.reason().contains("Unauthorized") && c.reason().contains("bot token"), c.reason());
        assertTrue(telegram.calls("setWebhook").isEmpty(), "no webhook for a token Telegram refused");

        telegram.answer("getMe", 200, "{\"ok\":true,\"result\":{\"id\":123456789,\"is_bot\":true}}");
        telegram.answer("setWebhook", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: bad webhook: HTTPS url must be provided for webhook\"}");
        c = kind.connect(created(TOKEN), INBOUND);
        assertFalse(c.connected());
        assertTrue(c.reason().contains("HTTPS url must be provided for webhook"), c.reason());
        assertFalse(c.reason().contains(TOKEN.substring(10)));
    }

    @Test
    void aTokenOfAnotherBotOrAnUnreachableApiNeedsAttention() {
        telegram.answer("getMe", 200, "{\"ok\":true,\"result\":{\"id\":5,\"is_bot\":true}}");
        assertFalse(kind.connect(created(TOKEN), INBOUND).connected());
        TelegramKind offline = new TelegramKind(new BotApi(URI::create, "http://127.0.0.1:1", 1, 1));
        Connection c = offline.connect(created(TOKEN), INBOUND);
        assertFalse(c.connected());
        assertTrue(c.reason().startsWith("Telegram could not be asked"), c.reason());
        TelegramKind refused = new TelegramKind(new BotApi(url -> {
            throw new RefusedAddressException("The host api.telegram.org is private");
        }, "https://api.telegram.org", 1, 1));
        assertTrue(refused.connect(created(TOKEN), INBOUND).reason().contains("outbound policy"));
    }

    @Test
    void onlyOurSecretTokenVerifies() {
        ChannelSettings s = created(TOKEN);
        String body = UpdatesTest.documentUpdate();
        assertTrue(kind.verify(call(s.secret("webhookSecret"), body), s));
        assertFalse(kind.verify(call(s.secret("webhookSecret") + "x", body), s));
        assertFalse(kind.verify(call(created(TOKEN).secret("webhookSecret"), body), s), "another channel's secret");
        assertFalse(kind.verify(call("", body), s));
        assertFalse(kind.verify(call(null, body), s));
        assertFalse(kind.verify(call(null, body), new ChannelSettings("c1", Map.of(), Map.of("botToken", TOKEN))), "no secret: nothing verifies");
    }

    @Test
    void aReplyIsSendMessageToTheConversationsChat() throws Exception {
        telegram.answer("sendMessage", 200, "{\"ok\":true,\"result\":{\"message_id\":43,\"date\":1765094500,\"chat\":{\"id\":555111222}}}");
        SendOutcome o = kind.send(new OutboundMessage("m1", "c1", "chat:555111222", new Contact("Asha", "@asha_buyer", null, null),
                "200 units at 35 INR"), created(TOKEN));
        assertEquals(SendOutcome.sent("555111222:43"), o);
        BotApiStub.Call sent = telegram.calls("sendMessage").get(0);
        assertEquals("/bot" + TOKEN + "/sendMessage", sent.path());
        assertEquals(JSON.readTree("{\"chat_id\":555111222,\"text\":\"200 units at 35 INR\"}"), JSON.readTree(sent.body()));
    }

    @Test
    void aConversationWithoutAChatCannotBeSentTo() {
        SendOutcome o = kind.send(new OutboundMessage("m1", "c1", "email:a@b.c", new Contact(null, null, null, null), "hi"), created(TOKEN));
        assertFalse(o.sent());
        assertFalse(o.heals());
        assertTrue(telegram.calls.isEmpty());
    }

    @Test
    void telegramsErrorsHealOrNot() {
        SendOutcome blocked = outcome(403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");
        assertFalse(blocked.heals());
        assertTrue(blocked.failure().contains("bot was blocked by the user"), blocked.failure());
        SendOutcome revoked = outcome(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        assertFalse(revoked.heals());
        assertTrue(revoked.failure().contains("revoked"), revoked.failure());
        SendOutcome limited = outcome(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\",\"parameters\":{\"retry_after\":7}}");
        assertTrue(limited.heals());
        assertTrue(limited.failure().contains("7 s"), limited.failure());
        assertTrue(outcome(502, "<html>Bad Gateway</html>").heals());
        assertTrue(outcome(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}").heals());
        assertFalse(outcome(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}").heals());
        assertFalse(outcome(200, "{\"ok\":false}").sent(), "ok:false is no success whatever the status");
    }

    @Test
    void anUnreachableApiHeals() {
        TelegramKind offline = new TelegramKind(new BotApi(URI::create, "http://127.0.0.1:1", 1, 1));
        SendOutcome o = offline.send(new OutboundMessage("m1", "c1", "chat:1", new Contact(null, null, null, null), "hi"), created(TOKEN));
        assertTrue(o.heals(), o.failure());
        assertFalse(o.failure().contains(TOKEN));
    }

    @Test
    void providerDescriptionsAreBoundedAndSingleLine() {
        BotApi.Answer a = BotApi.answer(400, ("{\"ok\":false,\"description\":\"bad\\nline" + "x".repeat(500) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertFalse(a.description().contains("\n"));
        assertTrue(a.description().length() <= 301);
        assertNull(BotApi.answer(400, "{}".getBytes(StandardCharsets.UTF_8)).retryAfter());
    }

    private static SendOutcome outcome(int status, String body) {
        return TelegramKind.outcome(BotApi.answer(status, body.getBytes(StandardCharsets.UTF_8)), "1");
    }
}
