package org.offerbridge.channels.meta.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offerbridge.platform.testing.Refusals.assertInvalid;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.offerbridge.channels.api.Conversation.Contact;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.Connection;
import org.offerbridge.channels.spi.OutboundMessage;
import org.offerbridge.channels.spi.PreparedSettings;
import org.offerbridge.channels.spi.SendOutcome;

import com.fasterxml.jackson.databind.JsonNode;

class WhatsAppKindTest {
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private final FakeGraph graph;
    private final WhatsAppKind kind;

    WhatsAppKindTest() throws IOException {
        graph = new FakeGraph();
        kind = new WhatsAppKind(graph.client(), graph.base(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    private static Map<String, Object> given() {
        Map<String, Object> m = new HashMap<>();
        m.put("phoneNumberId", "106540352242922");
        m.put("accessToken", "EAAtoken");
        m.put("appSecret", "app-secret");
        m.put("verifyToken", "verify-me");
        return m;
    }

    private ChannelSettings settings(Map<String, Object> given) {
        PreparedSettings p = kind.settings(given, ChannelSettings.NONE);
        return new ChannelSettings("c1", p.values(), p.secrets());
    }

    private static OutboundMessage reply(String text, Instant lastInbound) {
        return new OutboundMessage("m1", "conv1", "16505551234", new Contact("Sheena", "16505551234", "+16505551234", null), text, lastInbound);
    }

    @Test
    void settingsKeepTokensSecretRequireEachAndRefuseUnknownNames() {
        PreparedSettings p = kind.settings(given(), ChannelSettings.NONE);
        assertEquals(Map.of("phoneNumberId", "106540352242922"), p.values());
        assertEquals(Map.of("accessToken", "EAAtoken", "appSecret", "app-secret", "verifyToken", "verify-me"), p.secrets());
        assertTrue(p.shownOnce().isEmpty());
        assertEquals("106540352242922", kind.accountKey(new ChannelSettings(null, p.values(), p.secrets())));
        for (String name : new String[] {"phoneNumberId", "accessToken", "appSecret", "verifyToken"}) {
            Map<String, Object> g = given();
            g.remove(name);
            assertInvalid("settings." + name, () -> kind.settings(g, ChannelSettings.NONE));
        }
        Map<String, Object> unknown = given();
        unknown.put("botToken", "x");
        assertInvalid("settings.botToken", () -> kind.settings(unknown, ChannelSettings.NONE));
        Map<String, Object> notDigits = given();
        notDigits.put("phoneNumberId", "+1 555");
        assertInvalid("settings.phoneNumberId", () -> kind.settings(notDigits, ChannelSettings.NONE));
        Map<String, Object> templateOnly = given();
        templateOnly.put("templateName", "quote_follow_up");
        assertInvalid("settings.templateLanguage", () -> kind.settings(templateOnly, ChannelSettings.NONE));
        templateOnly.put("templateName", "Quote follow-up");
        templateOnly.put("templateLanguage", "en_US");
        assertInvalid("settings.templateName", () -> kind.settings(templateOnly, ChannelSettings.NONE));
    }

    @Test
    void aChangeKeepsTheSecretsItDoesNotRepeat() {
        ChannelSettings current = settings(given());
        PreparedSettings changed = kind.settings(Map.of("templateName", "quote_follow_up", "templateLanguage", "en-us"), current);
        assertEquals("quote_follow_up", changed.values().get("templateName"));
        assertEquals("en_US", changed.values().get("templateLanguage"));
        assertEquals(current.secrets(), changed.secrets());
        assertEquals("EAAnew", kind.settings(Map.of("accessToken", "EAAnew"), current).secrets().get("accessToken"));
    }

    @Test
    void connectingReadsThePhoneNumberWithTheTokenAndReportsMetasRefusal() {
        graph.answer(200, "{\"display_phone_number\":\"15550783881\",\"verified_name\":\"Sharma Traders\",\"id\":\"106540352242922\"}");
        assertEquals(Connection.ok(), kind.connect(settings(given()), URI.create("https://ob.example/x")));
        FakeGraph.Call call = graph.calls.get(0);
        assertEquals("GET", call.method());
        assertEquals("/v25.0/106540352242922?fields=display_phone_number,verified_name", call.pathAndQuery());
        assertEquals("Bearer EAAtoken", call.authorization());

        graph.answer(401, "{\"error\":{\"message\":\"Error validating access token: Session has expired.\",\"type\":\"OAuthException\","
                + "\"code\":190,\"error_subcode\":463,\"fbtrace_id\":\"A\"}}");
        Connection refused = kind.connect(settings(given()), URI.create("https://ob.example/x"));
        assertFalse(refused.connected());
        assertTrue(refused.reason().contains("Session has expired"), refused.reason());
    }

    @Test
    void aReplyInsideTheWindowIsTheDocumentedTextMessage() throws IOException {
        graph.answer(200, "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"16505551234\",\"wa_id\":\"16505551234\"}],"
                + "\"messages\":[{\"id\":\"wamid.SENT\"}]}");
        SendOutcome out = kind.send(reply("Your quote: https://ob.example/q/1", NOW.minus(Duration.ofHours(23))), settings(given()));
        assertEquals(SendOutcome.sent("wamid.SENT"), out);
        FakeGraph.Call call = graph.calls.get(0);
        assertEquals("POST", call.method());
        assertEquals("/v25.0/106540352242922/messages", call.pathAndQuery());
        assertEquals("Bearer EAAtoken", call.authorization());
        assertEquals("application/json", call.contentType());
        JsonNode body = GraphClient.JSON.readTree(call.body());
        assertEquals(GraphClient.JSON.readTree("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"16505551234\","
                + "\"type\":\"text\",\"text\":{\"preview_url\":true,\"body\":\"Your quote: https://ob.example/q/1\"}}"), body);
        assertTrue(kind.cannotReply(settings(given()), NOW.minus(Duration.ofHours(23))).isEmpty());
    }

    @Test
    void aClosedWindowWithoutTemplateIsSaidAtOnceAndNothingIsSent() {
        Instant old = NOW.minus(Duration.ofHours(25));
        String reason = kind.cannotReply(settings(given()), old).orElseThrow();
        assertTrue(reason.contains("24-hour") && reason.contains("template"), reason);
        assertTrue(kind.cannotReply(settings(given()), null).isPresent(), "no inbound message: no window");
        SendOutcome out = kind.send(reply("hello", old), settings(given()));
        assertFalse(out.sent());
        assertFalse(out.heals());
        assertTrue(out.failure().contains("template"), out.failure());
        assertTrue(graph.calls.isEmpty());
    }

    @Test
    void aClosedWindowWithATemplateSendsTheTemplate() throws IOException {
        Map<String, Object> g = given();
        g.put("templateName", "quote_follow_up");
        g.put("templateLanguage", "en_US");
        graph.answer(200, "{\"messages\":[{\"id\":\"wamid.TPL\"}]}");
        assertTrue(kind.cannotReply(settings(g), NOW.minus(Duration.ofDays(3))).isEmpty());
        assertEquals(SendOutcome.sent("wamid.TPL"), kind.send(reply("hello", NOW.minus(Duration.ofDays(3))), settings(g)));
        assertEquals(GraphClient.JSON.readTree("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"16505551234\","
                + "\"type\":\"template\",\"template\":{\"name\":\"quote_follow_up\",\"language\":{\"code\":\"en_US\"}}}"),
                GraphClient.JSON.readTree(graph.calls.get(0).body()));
    }

    private SendOutcome sendAnswered(int status, String body) {
        graph.answer(status, body);
        return kind.send(reply("hello", NOW.minusSeconds(60)), settings(given()));
    }

    private static String error(int code) {
        return "{\"error\":{\"message\":\"Meta says no\",\"type\":\"OAuthException\",\"code\":" + code + ",\"fbtrace_id\":\"A\"}}";
    }

    @Test
    void metasErrorsHealOrNotAsDocumented() {
        SendOutcome token = sendAnswered(401, error(190));
        assertFalse(token.heals());
        assertTrue(token.failure().contains("access token"), token.failure());
        SendOutcome window = sendAnswered(400, error(131047));
        assertFalse(window.heals());
        assertTrue(window.failure().contains("24-hour"), window.failure());
        assertTrue(sendAnswered(429, "{}").heals());
        assertTrue(sendAnswered(400, error(4)).heals());
        assertTrue(sendAnswered(400, error(80007)).heals());
        assertTrue(sendAnswered(400, error(130429)).heals());
        assertTrue(sendAnswered(503, "").heals());
        SendOutcome other = sendAnswered(400, error(131026));
        assertFalse(other.heals());
        assertTrue(other.failure().contains("Meta says no (code 131026)"), other.failure());
    }

    @Test
    void anUnreachableGraphMayHealButARefusedAddressWillNot() {
        WhatsAppKind nowhere = new WhatsAppKind(graph.client(), "http://127.0.0.1:1/v25.0", Clock.fixed(NOW, ZoneOffset.UTC));
        assertTrue(nowhere.send(reply("hello", NOW), settings(given())).heals());
        assertFalse(nowhere.connect(settings(given()), URI.create("https://ob.example/x")).connected());
        WhatsAppKind refused = new WhatsAppKind(new GraphClient(url -> {
            throw new org.offerbridge.platform.api.net.RefusedAddressException("loopback");
        }, 2), graph.base(), Clock.fixed(NOW, ZoneOffset.UTC));
        SendOutcome out = refused.send(reply("hello", NOW), settings(given()));
        assertFalse(out.heals());
        assertTrue(graph.calls.isEmpty());
    }
}
