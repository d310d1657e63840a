package org.offerbridge.platform.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashing (Bouncy Castle) at the OWASP Password Storage Cheat Sheet's parameters
 * (m=19 MiB, t=2, p=1), stored as a PHC string so parameters can be raised later without breaking old
 * hashes.
 */
public final class PasswordHasher {
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int MAX_MEMORY_KIB = 256 * 1024;
    static final int MAX_ITERATIONS = 10;
    static final int MAX_PARALLELISM = 8;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] out = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(out);
    }

    /** Constant-time check of a password against a stored PHC string; false for any malformed hash. */
    public boolean verify(char[] password, String stored) {
        Phc phc = Phc.parse(stored);
        // A stored hash is data: bound its parameters so a corrupt or planted row cannot exhaust memory or CPU.
        if (phc == null || phc.m < 8 * phc.p || phc.m > MAX_MEMORY_KIB || phc.t < 1 || phc.t > MAX_ITERATIONS || phc.p < 1
                || phc.p > MAX_PARALLELISM || phc.salt.length < 8 || phc.hash.length < 16) {
            return false;
        }
        try {
            byte[] actual = derive(password, phc.salt, phc.m, phc.t, phc.p, phc.hash.length);
            return MessageDigest.isEqual(phc.hash, actual);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Whether a stored hash uses weaker parameters than today's (or another scheme) and should be replaced at next login. */
    public boolean needsRehash(String stored) {
        Phc phc = Phc.parse(stored);
        return phc == null || phc.m < MEMORY_KIB || phc.t < ITERATIONS;
    }

    /** An argon2id PHC string: {@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}. */
    private record Phc(int m, int t, int p, byte[] salt, byte[] hash) {
        /** The parsed string, or null when it is not a well-formed argon2id v19 PHC string. */
        static Phc parse(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split("\\$");
            if (parts.length != 6 || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
                return null;
            }
            try {
                int m = 0, t = 0, p = 0;
                for (String kv : parts[3].split(",")) {
                    String[] pair = kv.split("=", 2);
                    int v = Integer.parseInt(pair[1]);
                    switch (pair[0]) {
                        case "m" -> m = v;
                        case "t" -> t = v;
                        case "p" -> p = v;
                        default -> {
                            return null;
                        }
                    }
                }
                return new Phc(m, t, p, B64D.decode(parts[4]), B64D.decode(parts[5]));
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        generator.generateBytes(toUtf8(password), out);
        return out;
    }

    private static byte[] toUtf8(char[] password) {
        return new String(password).getBytes(StandardCharsets.UTF_8);
    }
}
