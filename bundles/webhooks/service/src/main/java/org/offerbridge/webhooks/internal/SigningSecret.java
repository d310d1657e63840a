package org.offerbridge.webhooks.internal;

import java.security.SecureRandom;
import java.util.Base64;

/** Standard Webhooks signing secrets: {@code whsec_} followed by base64 of random bytes; the bytes are the HMAC key. */
final class SigningSecret {
    static final String PREFIX = "whsec_";
    /** 24 to 64 bytes per the Standard Webhooks recommendation; 32 matches the HMAC-SHA256 block output. */
    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SigningSecret() {
    }

    static String generate() {
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The HMAC key of a secret; throws IllegalArgumentException for anything but whsec_ and base64. */
    static byte[] keyBytes(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a whsec_ secret");
        }
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }
}
