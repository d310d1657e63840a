package org.offerbridge.quotation.internal;

import java.util.regex.Pattern;

import org.offerbridge.platform.api.secrets.SecretTokens;

/**
 * Public link tokens: 256 random bits, base64url. Only the SHA-256 is stored and looked up, so a database leak gives
 * no working link and a lookup never compares raw tokens character by character.
 */
public final class LinkTokens {
    /** 32 bytes in unpadded base64url are 43 characters. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private LinkTokens() {
    }

    public static String newToken() {
        return SecretTokens.random(32);
    }

    /** Lower-case hex SHA-256 of the token's UTF-8 bytes. */
    public static String hash(String token) {
        return SecretTokens.sha256(token);
    }

    /** Cheap shape check before any lookup: anything else cannot be one of our tokens. */
    public static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    /** Constant-time comparison of two stored hashes. */
    public static boolean sameHash(String a, String b) {
        return SecretTokens.constantTimeEquals(a, b);
    }
}
