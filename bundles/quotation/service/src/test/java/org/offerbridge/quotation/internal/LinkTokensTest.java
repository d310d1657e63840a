package org.offerbridge.quotation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LinkTokensTest {

    @Test
    void tokensCarry256BitsInUrlSafeForm() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String t = LinkTokens.newToken();
            assertEquals(43, t.length());
            assertTrue(LinkTokens.wellFormed(t), t);
            assertTrue(seen.add(t));
        }
    }

    @Test
    void theHashIsSha256HexAndNotTheToken() {
        String t = LinkTokens.newToken();
        String h = LinkTokens.hash(t);
        assertEquals(64, h.length());
        assertFalse(h.contains(t));
        assertEquals(h, LinkTokens.hash(t));
        assertNotEquals(h, LinkTokens.hash(LinkTokens.newToken()));
        // the well-known SHA-256 of "abc"
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", LinkTokens.hash("abc"));
    }

    @Test
    void malformedTokensAreRejectedBeforeAnyLookup() {
        assertFalse(LinkTokens.wellFormed(null));
        assertFalse(LinkTokens.wellFormed("short"));
        assertFalse(LinkTokens.wellFormed("a".repeat(42) + "="));
        assertFalse(LinkTokens.wellFormed("../" + "a".repeat(40)));
    }

    @Test
    void hashesCompareInConstantTime() {
        String h = LinkTokens.hash("x");
        assertTrue(LinkTokens.sameHash(h, LinkTokens.hash("x")));
        assertFalse(LinkTokens.sameHash(h, LinkTokens.hash("y")));
        assertFalse(LinkTokens.sameHash(h, null));
    }
}
