package org.offerbridge.channels.meta.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offerbridge.channels.spi.HandshakeAnswer;
import org.offerbridge.channels.spi.InboundCall;

/** Meta's handshake and X-Hub-Signature-256 with PROVIDERS.md §1.6's vectors. */
class MetaWebhooksTest {
    static final String VECTOR_SECRET = "test_app_secret";
    static final String VECTOR_BODY = "{\"object\":\"whatsapp_business_account\",\"entry\":[]}";
    static final String VECTOR_SIGNATURE = "sha256=dec6a680679a968e7e0319355b23599cbfc54502c0784668e9618baa0c633756";

    static InboundCall post(String signature, byte[] body) {
        Map<String, List<String>> h = new HashMap<>();
        if (signature != null) {
            h.put("x-hub-signature-256", List.of(signature));
        }
        return new InboundCall("POST", h, Map.of(), body, Instant.now());
    }

    static InboundCall get(Map<String, String> query) {
        Map<String, List<String>> q = new HashMap<>();
        query.forEach((k, v) -> q.put(k, List.of(v)));
        return new InboundCall("GET", Map.of(), q, new byte[0], Instant.now());
    }

    @Test
    void theComputedVectorOfProvidersMdVerifies() {
        byte[] body = VECTOR_BODY.getBytes(StandardCharsets.UTF_8);
        assertEquals(VECTOR_SIGNATURE, MetaWebhooks.sign(VECTOR_SECRET, body));
        assertTrue(MetaWebhooks.verify(post(VECTOR_SIGNATURE, body), VECTOR_SECRET));
        assertTrue(MetaWebhooks.verify(post(VECTOR_SIGNATURE.toUpperCase().replace("SHA256=", "sha256="), body), VECTOR_SECRET));
    }

    @Test
    void thePublishedThirdPartyVectorIsReproduced() {
        // hexdocs WhatsApp.Webhook.compute_signature("test", "secret"): payload "test", secret "secret"
        assertEquals("0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914",
                HexFormat.of().formatHex(MetaWebhooks.hmac("secret", "test".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aWrongMissingOrMalformedSignatureIsRefused() {
        byte[] body = VECTOR_BODY.getBytes(StandardCharsets.UTF_8);
        byte[] changed = VECTOR_BODY.replace("[]", "[ ]").getBytes(StandardCharsets.UTF_8);
        assertFalse(MetaWebhooks.verify(post(VECTOR_SIGNATURE, changed), VECTOR_SECRET), "the exact bytes are signed");
        assertFalse(MetaWebhooks.verify(post(VECTOR_SIGNATURE, body), "another_secret"));
        assertFalse(MetaWebhooks.verify(post(null, body), VECTOR_SECRET));
        assertFalse(MetaWebhooks.verify(post(VECTOR_SIGNATURE.substring(7), body), VECTOR_SECRET), "sha256= is required");
        assertFalse(MetaWebhooks.verify(post("sha1=" + VECTOR_SIGNATURE.substring(7), body), VECTOR_SECRET));
        assertFalse(MetaWebhooks.verify(post("sha256=zz", body), VECTOR_SECRET));
        assertFalse(MetaWebhooks.verify(post(VECTOR_SIGNATURE.substring(0, 20), body), VECTOR_SECRET));
        assertFalse(MetaWebhooks.verify(post(VECTOR_SIGNATURE, body), ""));
        assertFalse(MetaWebhooks.verify(post(VECTOR_SIGNATURE, body), null));
    }

    @Test
    void theHandshakeEchoesTheChallengeOnlyForTheVerifyToken() {
        HandshakeAnswer ok = MetaWebhooks.handshake(get(Map.of("hub.mode", "subscribe", "hub.verify_token", "my-token",
                "hub.challenge", "1158201444")), "my-token").orElseThrow();
        assertEquals(200, ok.status());
        assertEquals("text/plain", ok.contentType());
        assertEquals("1158201444", ok.body());
        assertEquals(403, MetaWebhooks.handshake(get(Map.of("hub.mode", "subscribe", "hub.verify_token", "my-tokem",
                "hub.challenge", "1")), "my-token").orElseThrow().status());
        assertEquals(403, MetaWebhooks.handshake(get(Map.of("hub.mode", "subscribe", "hub.challenge", "1")), "my-token")
                .orElseThrow().status());
        assertEquals(403, MetaWebhooks.handshake(get(Map.of("hub.mode", "unsubscribe", "hub.verify_token", "my-token",
                "hub.challenge", "1")), "my-token").orElseThrow().status());
        assertEquals(403, MetaWebhooks.handshake(get(Map.of("hub.mode", "subscribe", "hub.verify_token", "my-token")), "my-token")
                .orElseThrow().status());
        assertEquals(403, MetaWebhooks.handshake(get(Map.of("hub.mode", "subscribe", "hub.verify_token", "my-token",
                "hub.challenge", "a\nb")), "my-token").orElseThrow().status());
        assertTrue(MetaWebhooks.handshake(get(Map.of("x", "y")), "my-token").isEmpty(), "no handshake: answered 405 by the capability");
        assertTrue(MetaWebhooks.handshake(post(null, new byte[0]), "my-token").isEmpty());
    }
}
