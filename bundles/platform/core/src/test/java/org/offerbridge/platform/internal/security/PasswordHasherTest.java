package org.offerbridge.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {
    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$([A-Za-z0-9+/]{22})\\$([A-Za-z0-9+/]{43})");

    private static final PasswordHasher HASHER = new PasswordHasher();
    /** Computed once: argon2id at 19 MiB takes a noticeable fraction of a second. */
    private static String stored;

    @BeforeAll
    static void hashOnce() {
        stored = HASHER.hash(PASSWORD);
    }

    @Test
    void hashVerifiesAgainstTheSamePassword() {
        assertTrue(HASHER.verify(PASSWORD.clone(), stored));
    }

    @Test
    void wrongPasswordFails() {
        assertFalse(HASHER.verify("correct horse battery stapl".toCharArray(), stored));
        assertFalse(HASHER.verify("Correct horse battery staple".toCharArray(), stored));
        assertFalse(HASHER.verify(new char[0], stored));
    }

    @Test
    void phcStringHasOwaspParametersAndSaltAndHashSizes() {
        Matcher m = PHC.matcher(stored);
        assertTrue(m.matches(), "unexpected PHC string shape: " + stored);
        assertTrue(stored.contains("m=19456,t=2,p=1"));
    }

    @Test
    void samePasswordHashedTwiceGivesDifferentSaltAndHash() {
        String second = HASHER.hash(PASSWORD);
        assertNotEquals(stored, second);
        Matcher a = PHC.matcher(stored);
        Matcher b = PHC.matcher(second);
        assertTrue(a.matches() && b.matches());
        assertNotEquals(a.group(1), b.group(1), "salt must be random per hash");
        assertTrue(HASHER.verify(PASSWORD, second));
    }

    @Test
    void tamperedHashFails() {
        int lastDollar = stored.lastIndexOf('$');
        String hash = stored.substring(lastDollar + 1);
        char first = hash.charAt(0);
        String tampered = stored.substring(0, lastDollar + 1) + (first == 'A' ? 'B' : 'A') + hash.substring(1);
        assertFalse(HASHER.verify(PASSWORD, tampered));
    }

    @Test
    void tamperedSaltFails() {
        String[] parts = stored.split("\\$");
        String salt = parts[4];
        String otherSalt = (salt.charAt(0) == 'A' ? 'B' : 'A') + salt.substring(1);
        String tampered = "$" + parts[1] + "$" + parts[2] + "$" + parts[3] + "$" + otherSalt + "$" + parts[5];
        assertFalse(HASHER.verify(PASSWORD, tampered));
    }

    @Test
    void tamperedParametersFail() {
        // Same salt and hash, but claimed to be made with t=3: the derived bytes differ.
        assertFalse(HASHER.verify(PASSWORD, stored.replace("t=2", "t=3")));
    }

    @Test
    void nullStoredHashIsFalse() {
        assertFalse(HASHER.verify(PASSWORD, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "not a hash",
            "$argon2id$v=19$m=19456,t=2,p=1$onlysalt",
            "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=16$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=abc,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=19456,t=2,x=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=19456,t=2,p=0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=19456,t=0,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=-5,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=19456,t=2,p=1$!!!not-base64!!!$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$***",
            "$argon2id$v=19$m=19456,t=2,p=1$$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g$extra",
    })
    void malformedStoredHashesAreFalseAndNeverThrow(String malformed) {
        assertFalse(HASHER.verify(PASSWORD, malformed));
    }

    @Test
    void currentParametersNeedNoRehash() {
        assertFalse(HASHER.needsRehash(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "$argon2id$v=19$m=4096,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2id$v=19$m=19456,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$2a$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234",
    })
    void weakerOrForeignHashesNeedRehash(String old) {
        assertTrue(HASHER.needsRehash(old));
    }

    @Test
    void nullNeedsRehash() {
        assertTrue(HASHER.needsRehash(null));
    }

    @Test
    void weakerParametersStillVerifySoTheyCanBeUpgradedAtLogin() {
        // A hash made with cheaper parameters (m=1024,t=1) must still verify: the parameters come from the
        // PHC string, not from today's constants.
        String salt = "c2FsdHNhbHRzYWx0c2FsdA"; // "saltsaltsaltsalt"
        String probe = "$argon2id$v=19$m=1024,t=1,p=1$" + salt + "$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        assertFalse(HASHER.verify(PASSWORD, probe));
        assertTrue(HASHER.needsRehash(probe));

        byte[] derived = deriveWithBouncyCastle(PASSWORD, java.util.Base64.getDecoder().decode(salt), 1024, 1, 1, 32);
        String weak = "$argon2id$v=19$m=1024,t=1,p=1$" + salt + "$"
                + java.util.Base64.getEncoder().withoutPadding().encodeToString(derived);
        assertTrue(HASHER.verify(PASSWORD, weak));
        assertFalse(HASHER.verify("other password!".toCharArray(), weak));
        assertTrue(HASHER.needsRehash(weak));
    }

    @Test
    void hashMatchesIndependentArgon2idComputation() {
        String[] parts = stored.split("\\$");
        byte[] salt = java.util.Base64.getDecoder().decode(parts[4]);
        byte[] expected = deriveWithBouncyCastle(PASSWORD, salt, 19456, 2, 1, 32);
        assertEquals(java.util.Base64.getEncoder().withoutPadding().encodeToString(expected), parts[5]);
    }

    private static byte[] deriveWithBouncyCastle(char[] password, byte[] salt, int m, int t, int p, int len) {
        var params = new org.bouncycastle.crypto.params.Argon2Parameters.Builder(
                org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_id)
                .withVersion(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(m).withIterations(t).withParallelism(p).withSalt(salt).build();
        var gen = new org.bouncycastle.crypto.generators.Argon2BytesGenerator();
        gen.init(params);
        byte[] out = new byte[len];
        gen.generateBytes(new String(password).getBytes(java.nio.charset.StandardCharsets.UTF_8), out);
        return out;
    }

    @org.junit.jupiter.api.Test
    void verifyRefusesOversizedParametersInsteadOfRunningThem() {
        PasswordHasher h = new PasswordHasher();
        String good = h.hash("correct horse battery".toCharArray());
        String planted = good.replace("m=19456", "m=2147483647");
        org.junit.jupiter.api.Assertions.assertFalse(h.verify("correct horse battery".toCharArray(), planted));
        String slow = good.replace("t=2", "t=100000");
        org.junit.jupiter.api.Assertions.assertFalse(h.verify("correct horse battery".toCharArray(), slow));
    }

    @org.junit.jupiter.api.Test
    void strongerParametersAreNotDowngraded() {
        org.junit.jupiter.api.Assertions.assertFalse(new PasswordHasher().needsRehash("$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"));
    }
}
