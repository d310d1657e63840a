package org.offerbridge.platform.internal.security;

import java.util.Optional;
import java.util.regex.Pattern;
import org.offerbridge.platform.api.secrets.SecretTokens;

/**
 * API keys look like {@code obk_<id>_<secret>}: the id finds the stored key, the secret is checked against
 * its hash. The prefix lets secret scanners recognise leaked keys.
 */
public final class ApiKeyFormat {
    public static final String PREFIX = "obk_";
    private static final Pattern SHAPE = Pattern.compile("obk_([A-Za-z0-9]{16})_([A-Za-z0-9_-]{43})");
    private static final String ALPHANUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public record Parsed(String id, String secret) {
    }

    private ApiKeyFormat() {
    }

    public static String newId() {
        java.security.SecureRandom r = new java.security.SecureRandom();
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHANUM.charAt(r.nextInt(ALPHANUM.length())));
        }
        return sb.toString();
    }

    public static String newSecret() {
        return SecretTokens.random(32);
    }

    public static String format(String id, String secret) {
        return PREFIX + id + "_" + secret;
    }

    public static Optional<Parsed> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        var m = SHAPE.matcher(key.trim());
        return m.matches() ? Optional.of(new Parsed(m.group(1), m.group(2))) : Optional.empty();
    }
}
