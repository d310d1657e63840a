package org.offerbridge.platform.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Common and breached passwords that are refused (OWASP ASVS 2.1.7): the password dictionary of the npm package
 * {@code @zxcvbn-ts/language-common} (MIT licence, copied beside the list at build time), compared ignoring case.
 * Only the entries a password rule could let through are kept: those of {@link PlatformRules#MIN_PASSWORD} or
 * more characters.
 */
final class CommonPasswords {
    static final String RESOURCE = "common-passwords.json";
    private static final Set<String> LIST = load();

    private CommonPasswords() {
    }

    static boolean contains(String password) {
        return LIST.contains(normalise(password));
    }

    static int size() {
        return LIST.size();
    }

    private static String normalise(String password) {
        return password.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the bundle; build it again");
            }
            Set<String> out = new HashSet<>();
            for (String p : new ObjectMapper().readValue(in, String[].class)) {
                String n = normalise(p);
                if (n.length() >= PlatformRules.MIN_PASSWORD) {
                    out.add(n);
                }
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
