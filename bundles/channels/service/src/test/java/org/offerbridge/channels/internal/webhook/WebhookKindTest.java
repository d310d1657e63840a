package org.offerbridge.channels.internal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.offerbridge.platform.testing.Refusals.assertInvalid;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundCall;
import org.offerbridge.channels.spi.PreparedSettings;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.RefusedAddressException;
import org.offerbridge.platform.api.secrets.StandardWebhooks;

class WebhookKindTest {
    private static final long NOW = 1_765_000_000_000L;
    private final OutboundAddressPolicy policy = mock(OutboundAddressPolicy.class);
    private final WebhookKind kind = new WebhookKind(policy, new ReplyPoster(policy), () -> NOW);

    private ChannelSettings created(Map<String, Object> given) {
        PreparedSettings p = kind.settings(given, ChannelSettings.NONE);
        return new ChannelSettings("c1", p.values(), p.secrets());
    }

    private static InboundCall call(String id, long ts, String signature, String body) {
        Map<String, List<String>> h = new HashMap<>();
        if (id != null) {
            h.put("webhook-id", List.of(id));
        }
        h.put("webhook-timestamp", List.of(Long.toString(ts)));
        if (signature != null) {
            h.put("webhook-signature", List.of(signature));
        }
        return new InboundCall("POST", h, Map.of(), body.getBytes(StandardCharsets.UTF_8), Instant.ofEpochMilli(NOW));
    }

    private static String sign(ChannelSettings s, String id, long ts, String body) {
        return StandardWebhooks.sign(StandardWebhooks.keyBytes(s.secret("secret")), id, ts, body);
    }

    @Test
    void aNewChannelGetsASecretShownOnceAndKeepsItWhenChanged() {
        PreparedSettings first = kind.settings(Map.of(), ChannelSettings.NONE);
        String secret = first.shownOnce().get("secret");
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(secret, first.secrets().get("secret"));
        assertTrue(first.values().isEmpty());
        PreparedSettings changed = kind.settings(Map.of("replyUrl", "https://erp.acme.example/replies"),
                new ChannelSettings("c1", first.values(), first.secrets()));
        assertEquals(secret, changed.secrets().get("secret"));
        assertTrue(changed.shownOnce().isEmpty(), "never shown again");
        assertEquals("https://erp.acme.example/replies", changed.values().get("replyUrl"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("replyUrl", null);
        assertFalse(kind.settings(clear, new ChannelSettings("c1", changed.values(), changed.secrets())).values().containsKey("replyUrl"));
    }

    @Test
    void refusesUnknownSettingsAndBadUrls() {
        assertInvalid("settings.appSecret", () -> kind.settings(Map.of("appSecret", "x"), ChannelSettings.NONE));
        assertInvalid("settings.replyUrl", () -> kind.settings(Map.of("replyUrl", "ftp://x.example/"), ChannelSettings.NONE));
        assertInvalid("settings.replyUrl", () -> kind.settings(Map.of("replyUrl", 42), ChannelSettings.NONE));
        assertNull(kind.accountKey(ChannelSettings.NONE));
    }

    @Test
    void acceptsOnlyFreshSignaturesWithTheChannelsSecret() {
        ChannelSettings s = created(Map.of());
        String body = "{\"from\":{\"email\":\"ravi@example.com\"},\"text\":\"12 bolts\"}";
        long ts = NOW / 1000;
        assertTrue(kind.verify(call("msg_1", ts, sign(s, "msg_1", ts, body), body), s));
        assertTrue(kind.verify(call("msg_1", ts, "v1,Zm9yZ2Vk " + sign(s, "msg_1", ts, body), body), s), "one of several");
        assertFalse(kind.verify(call("msg_1", ts, null, body), s), "unsigned");
        assertFalse(kind.verify(call("msg_1", ts, "v1,Zm9yZ2Vk", body), s), "forged");
        assertFalse(kind.verify(call("msg_1", ts - 301, sign(s, "msg_1", ts - 301, body), body), s), "stale");
        assertFalse(kind.verify(call("msg_1", ts, sign(s, "msg_1", ts, body), body + " "), s), "body changed");
        assertFalse(kind.verify(call("msg_1", ts, sign(created(Map.of()), "msg_1", ts, body), body), s), "another channel's secret");
        assertFalse(kind.verify(call(null, ts, sign(s, "msg_1", ts, body), body), s), "no webhook-id");
    }

    @Test
    void parsesTheDocumentedBodyIntoOneMessageKeyedByThreadOrSender() {
        ChannelSettings s = created(Map.of());
        InboundBatch b = kind.parse(call("msg_9", 0, null,
                "{\"from\":{\"name\":\"Ravi\",\"email\":\"Ravi@Example.com\",\"phone\":\"+91 98765 43210\",\"handle\":\"@ravi\"},"
                        + "\"text\":\"12 M8 bolts\",\"thread\":\"order-1\"}"), s);
        assertEquals(1, b.messages().size());
        InboundBatch.InboundMessage m = b.messages().get(0);
        assertEquals("msg_9", m.providerMessageId());
        assertEquals("thread:order-1", m.threadKey());
        assertEquals("Ravi", m.contact().name());
        assertEquals("12 M8 bolts", m.text());
        assertFalse(m.automated());
        assertEquals("email:ravi@example.com",
                kind.parse(call("m", 0, null, "{\"from\":{\"email\":\"Ravi@Example.com\"},\"text\":\"x\"}"), s).messages().get(0).threadKey());
        assertEquals("phone:+919876543210",
                kind.parse(call("m", 0, null, "{\"from\":{\"phone\":\"+91 98765 43210\"},\"text\":\"x\"}"), s).messages().get(0).threadKey());
        assertEquals("handle:@ravi", kind.parse(call("m", 0, null, "{\"from\":{\"handle\":\"@ravi\"},\"text\":\"x\"}"), s).messages().get(0).threadKey());
    }

    @Test
    void refusesBodiesItCannotRead() {
        ChannelSettings s = created(Map.of());
        assertInvalid("body", () -> kind.parse(call("m", 0, null, "not json"), s));
        assertInvalid("body", () -> kind.parse(call("m", 0, null, "[1]"), s));
        assertInvalid("from", () -> kind.parse(call("m", 0, null, "{\"text\":\"who am I\"}"), s));
        assertInvalid("from.email", () -> kind.parse(call("m", 0, null, "{\"from\":{\"email\":\"nope\"},\"text\":\"x\"}"), s));
        assertInvalid("text", () -> kind.parse(call("m", 0, null, "{\"from\":{\"handle\":\"a\"},\"text\":5}"), s));
    }

    @Test
    void withoutAReplyUrlRepliesAreRefusedUpFront() {
        assertTrue(kind.cannotReply(created(Map.of())).isPresent());
        when(policy.check(anyString())).thenReturn(URI.create("https://erp.acme.example/r"));
        ChannelSettings withUrl = created(Map.of("replyUrl", "https://erp.acme.example/r"));
        assertTrue(kind.cannotReply(withUrl).isEmpty());
        assertTrue(kind.connect(withUrl, URI.create("https://x.example/in")).connected());
    }

    @Test
    void aRefusedReplyUrlNeedsAttention() {
        when(policy.check(anyString())).thenThrow(new RefusedAddressException("the host is private"));
        assertFalse(kind.connect(created(Map.of("replyUrl", "https://10.0.0.1/r")), URI.create("https://x.example/in")).connected());
    }

    @Test
    void repliesHealOnlyWhereTryingAgainCanHelp() {
        assertTrue(ReplyPoster.outcome(204, "m").sent());
        assertTrue(ReplyPoster.outcome(503, "m").heals());
        assertTrue(ReplyPoster.outcome(429, "m").heals());
        assertFalse(ReplyPoster.outcome(404, "m").heals());
        assertFalse(ReplyPoster.outcome(302, "m").heals());
    }
}
