package org.offerbridge.platform.api.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks scheme (standardwebhooks.com), both ways: secrets are {@code whsec_} and base64 of random bytes,
 * the bytes are the HMAC key; {@code webhook-signature} is {@code v1,} and base64 of HMAC-SHA256 over
 * {@code {webhook-id}.{webhook-timestamp}.{body}}. Our outbound webhooks sign with it, the generic webhook channel
 * verifies integrators' calls with it, so both sides stay byte-for-byte the same scheme.
 */
public final class StandardWebhooks {
    public static final String SECRET_PREFIX = "whsec_";
    public static final String VERSION = "v1";
    /** 24 to 64 bytes per the specification; 32 matches the HMAC-SHA256 output. */
    public static final int SECRET_BYTES = 32;
    /** How far a signed timestamp may be from now, either way (the specification's default, 5 minutes). */
    public static final long TOLERANCE_SECONDS = 300;
    private static final SecureRandom RANDOM = new SecureRandom();

    private StandardWebhooks() {
    }

    /** A new secret: {@code whsec_} and base64 of {@link #SECRET_BYTES} random bytes. */
    public static String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The HMAC key of a secret; IllegalArgumentException for anything but {@code whsec_} and base64. */
    public static byte[] keyBytes(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("not a whsec_ secret");
        }
        return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
    }

    /** The {@code webhook-signature} value for a UTF-8 body. */
    public static String sign(byte[] key, String messageId, long timestampSeconds, String body) {
        return sign(key, messageId, timestampSeconds, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code webhook-signature} value for the exact body bytes. */
    public static String sign(byte[] key, String messageId, long timestampSeconds, byte[] body) {
        return VERSION + "," + Base64.getEncoder().encodeToString(mac(key, messageId, timestampSeconds, body));
    }

    /**
     * True when the headers sign {@code body} with {@code key}: the timestamp is a number within
     * {@link #TOLERANCE_SECONDS} of {@code nowSeconds}, and one of the space-separated {@code v1,} signatures matches
     * (compared in constant time). Other versions are skipped, as the specification asks.
     */
    public static boolean verify(byte[] key, String messageId, String timestamp, String signatures, byte[] body, long nowSeconds) {
        if (key == null || key.length == 0 || isBlank(messageId) || isBlank(timestamp) || isBlank(signatures) || body == null) {
            return false;
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(nowSeconds - ts) > TOLERANCE_SECONDS) {
            return false;
        }
        byte[] expected = mac(key, messageId.strip(), ts, body);
        boolean match = false;
        for (String candidate : signatures.strip().split(" +")) {
            int comma = candidate.indexOf(',');
            if (comma < 0 || !VERSION.equals(candidate.substring(0, comma))) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            // no early exit: every candidate is compared, so the answer's timing tells nothing
            match |= MessageDigest.isEqual(expected, given);
        }
        return match;
    }

    private static byte[] mac(byte[] key, String messageId, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((messageId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
