package org.offerbridge.channels.meta.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offerbridge.platform.testing.Refusals.assertInvalid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.offerbridge.channels.api.Conversation.Contact;
import org.offerbridge.channels.api.Message.Attachment;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundBatch.InboundMessage;
import org.offerbridge.channels.spi.InboundCall;
import org.offerbridge.channels.spi.OutboundMessage;
import org.offerbridge.channels.spi.PreparedSettings;
import org.offerbridge.channels.spi.SendOutcome;

/** Instagram messaging: the documented {@code messages} event (PROVIDERS.md §3.2) and the Send API (§3.3). */
class InstagramKindTest {
    static final String ACCOUNT = "17841400000000000";
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private final FakeGraph graph;
    private final InstagramKind kind;

    InstagramKindTest() throws IOException {
        graph = new FakeGraph();
        kind = new InstagramKind(graph.client(), graph.base(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    static String event(String account, String messageFields) {
        return "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + account + "\",\"time\":1569262486134,\"messaging\":[{"
                + "\"sender\":{\"id\":\"1234567890123456\"},\"recipient\":{\"id\":\"" + account + "\"},\"timestamp\":1569262485349,"
                + "\"message\":{" + messageFields + "}}]}]}";
    }

    private ChannelSettings settings() {
        Map<String, Object> g = new HashMap<>(Map.of("accountId", ACCOUNT, "accessToken", "IGtoken", "appSecret", "s3cret", "verifyToken", "v"));
        PreparedSettings p = kind.settings(g, ChannelSettings.NONE);
        return new ChannelSettings("c1", p.values(), p.secrets());
    }

    private InboundBatch parse(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        InboundCall call = MetaWebhooksTest.post(MetaWebhooks.sign("s3cret", body), body);
        assertTrue(kind.verify(call, settings()));
        return kind.parse(call, settings());
    }

    @Test
    void settingsAreLikeWhatsApps() {
        ChannelSettings s = settings();
        assertEquals(Map.of("accountId", ACCOUNT), s.values());
        assertEquals(ACCOUNT, kind.accountKey(s));
        assertInvalid("settings.appSecret", () -> kind.settings(Map.of("accountId", ACCOUNT, "accessToken", "t", "verifyToken", "v"),
                ChannelSettings.NONE));
    }

    @Test
    void theDocumentedMessageEventBecomesAMessageOfTheSendersConversation() {
        InboundMessage m = parse(event(ACCOUNT, "\"mid\":\"aWdfZAG1faXRlbToxOklH\",\"text\":\"Do you ship to Pune?\"")).messages().get(0);
        assertEquals("aWdfZAG1faXRlbToxOklH", m.providerMessageId());
        assertEquals("1234567890123456", m.threadKey());
        assertEquals(new Contact(null, "1234567890123456", null, null), m.contact());
        assertEquals("Do you ship to Pune?", m.text());
        assertEquals(Instant.ofEpochMilli(1569262485349L), m.sentAt());
        assertFalse(m.automated());
    }

    @Test
    void attachmentsEchoesAndOtherAccountsAreHandled() {
        InboundMessage file = parse(event(ACCOUNT, "\"mid\":\"m2\",\"attachments\":[{\"type\":\"file\",\"payload\":{\"url\":"
                + "\"https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=1\"}}]")).messages().get(0);
        assertNull(file.text());
        assertEquals(List.of(org.offerbridge.channels.spi.InboundFile.remote("file-1", null, null,
                "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=1")), file.files(), "fetched later from its payload.url");
        InboundMessage echo = parse(event(ACCOUNT, "\"mid\":\"m3\",\"text\":\"our reply\",\"is_echo\":true")).messages().get(0);
        assertTrue(echo.automated(), "our own echo never makes a request");
        assertTrue(parse(event("17840000000000001", "\"mid\":\"m4\",\"text\":\"hi\"")).messages().isEmpty());
        assertTrue(parse("{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + ACCOUNT + "\",\"messaging\":[{\"sender\":{\"id\":\"1\"},"
                + "\"read\":{\"mid\":\"m1\"}}]}]}").messages().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> InstagramPayload.read(MetaWebhooksTest.VECTOR_BODY.getBytes(StandardCharsets.UTF_8), ACCOUNT));
    }

    @Test
    void aReplyGoesThroughTheSendApiWithinTheWindowOnly() throws IOException {
        graph.answer(200, "{\"recipient_id\":\"1234567890123456\",\"message_id\":\"aWdfZAG1faXRlbToxOklHX\"}");
        OutboundMessage reply = new OutboundMessage("m1", "c", "1234567890123456", null, "Yes, we ship to Pune", NOW.minus(Duration.ofHours(2)));
        assertEquals(SendOutcome.sent("aWdfZAG1faXRlbToxOklHX"), kind.send(reply, settings()));
        FakeGraph.Call call = graph.calls.get(0);
        assertEquals("/v25.0/" + ACCOUNT + "/messages", call.pathAndQuery());
        assertEquals("Bearer IGtoken", call.authorization());
        assertEquals(GraphClient.JSON.readTree("{\"recipient\":{\"id\":\"1234567890123456\"},\"message\":{\"text\":\"Yes, we ship to Pune\"}}"),
                GraphClient.JSON.readTree(call.body()));

        Instant old = NOW.minus(Duration.ofHours(30));
        assertTrue(kind.cannotReply(settings(), old).orElseThrow().contains("24-hour"));
        SendOutcome late = kind.send(new OutboundMessage("m2", "c", "1234567890123456", null, "late", old), settings());
        assertFalse(late.sent() || late.heals());
        assertEquals(1, graph.calls.size());
        graph.answer(400, "{\"error\":{\"message\":\"This message is sent outside of allowed window.\",\"code\":10,\"error_subcode\":2534022}}");
        SendOutcome refused = kind.send(reply, settings());
        assertFalse(refused.heals());
        assertTrue(refused.failure().contains("24-hour"), refused.failure());
    }
}
