package org.offerbridge.platform.api.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SecretTokensTest {

    @Test
    void sha256OfAbcMatchesFips180Vector() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecretTokens.sha256("abc"));
    }

    @Test
    void sha256OfEmptyStringMatchesKnownVector() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", SecretTokens.sha256(""));
    }

    @Test
    void sha256HashesUtf8Bytes() {
        // "é" is C3 A9 in UTF-8; hashing platform-default or UTF-16 bytes would give something else.
        assertEquals(HexFormat.of().formatHex(SecretTokens.sha256(new byte[] {(byte) 0xC3, (byte) 0xA9})),
                SecretTokens.sha256("\u00e9"));
    }

    @Test
    void sha256BytesAndHexAgree() {
        byte[] raw = SecretTokens.sha256("abc".getBytes(StandardCharsets.UTF_8));
        assertEquals(32, raw.length);
        assertEquals(SecretTokens.sha256("abc"), HexFormat.of().formatHex(raw));
    }

    @Test
    void sha256HexIsLowerCase() {
        String hex = SecretTokens.sha256("Offerbridge");
        assertEquals(64, hex.length());
        assertTrue(hex.matches("[0-9a-f]{64}"), hex);
    }

    @Test
    void constantTimeEqualsComparesContent() {
        assertTrue(SecretTokens.constantTimeEquals("secret", new String("secret".toCharArray())));
        assertTrue(SecretTokens.constantTimeEquals("", ""));
        assertFalse(SecretTokens.constantTimeEquals("secret", "secreT"));
        assertFalse(SecretTokens.constantTimeEquals("secret", "secret "));
        assertFalse(SecretTokens.constantTimeEquals("secret", "secre"));
        assertFalse(SecretTokens.constantTimeEquals("", "a"));
    }

    @Test
    void constantTimeEqualsIsFalseWhenEitherIsNull() {
        assertFalse(SecretTokens.constantTimeEquals(null, "a"));
        assertFalse(SecretTokens.constantTimeEquals("a", null));
        assertFalse(SecretTokens.constantTimeEquals(null, ""));
        // Two missing values are not a match: a missing stored hash must never authenticate a missing token.
        assertFalse(SecretTokens.constantTimeEquals(null, null));
    }

    @Test
    void randomIsUrlSafeUnpaddedBase64OfRequestedByteCount() {
        for (int bytes : new int[] {1, 2, 3, 16, 32, 64}) {
            String token = SecretTokens.random(bytes);
            assertEquals((bytes * 4 + 2) / 3, token.length(), "length for " + bytes + " bytes");
            assertTrue(token.matches("[A-Za-z0-9_-]*"), token);
            assertEquals(bytes, Base64.getUrlDecoder().decode(token).length);
        }
        assertEquals("", SecretTokens.random(0));
    }

    @Test
    void randomTokensAreUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            assertTrue(seen.add(SecretTokens.random(32)), "duplicate 256-bit token");
        }
    }
}
