package org.offerbridge.channels.meta.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.offerbridge.channels.spi.HandshakeAnswer;
import org.offerbridge.channels.spi.InboundCall;
import org.offerbridge.platform.api.secrets.SecretTokens;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Meta's webhook rules, the same for WhatsApp and Instagram: the {@code hub.challenge} verification GET and the
 * {@code X-Hub-Signature-256} HMAC-SHA256 of the exact body bytes with the app secret. Both compare in constant time.
 */
final class MetaWebhooks {
    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";
    private static final String PREFIX = "sha256=";
    /** Meta's challenges are short numbers or strings; anything longer is no handshake we echo. */
    private static final int MAX_CHALLENGE = 256;

    private MetaWebhooks() {
    }

    /**
     * The answer to a verification GET: 200 with the challenge as text/plain when {@code hub.mode=subscribe} and the
     * verify token matches, else 403. Empty for a GET that is no Meta handshake at all.
     */
    static Optional<HandshakeAnswer> handshake(InboundCall call, String verifyToken) {
        if (!"GET".equalsIgnoreCase(call.method()) || call.queryParam("hub.mode") == null) {
            return Optional.empty();
        }
        String challenge = call.queryParam("hub.challenge");
        boolean ok = "subscribe".equals(call.queryParam("hub.mode")) && verifyToken != null && challenge != null
                && !challenge.isEmpty() && challenge.length() <= MAX_CHALLENGE
                && challenge.chars().noneMatch(ch -> ch < 0x20 || ch == 0x7f)
                && SecretTokens.constantTimeEquals(verifyToken, call.queryParam("hub.verify_token"));
        return Optional.of(ok ? new HandshakeAnswer(200, "text/plain", challenge) : new HandshakeAnswer(403, "text/plain", "Forbidden"));
    }

    /** True when {@code X-Hub-Signature-256} is {@code sha256=} and the hex HMAC of the exact body with the app secret. */
    static boolean verify(InboundCall call, String appSecret) {
        String header = call.header(SIGNATURE_HEADER);
        if (appSecret == null || appSecret.isEmpty() || header == null || !header.startsWith(PREFIX) || call.body() == null) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(PREFIX.length()).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(appSecret, call.body()), given);
    }

    /** The JSON of a verified notification for {@code object} ("whatsapp_business_account", "instagram"), else refused as unreadable. */
    static JsonNode notification(byte[] body, String object, String refusal) {
        JsonNode root;
        try {
            root = GraphClient.JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (root == null || !object.equals(root.path("object").asText())) {
            throw new IllegalArgumentException(refusal);
        }
        return root;
    }

    /** The header value Meta would send for {@code body}. */
    static String sign(String appSecret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(appSecret, body));
    }

    static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
