package org.offerbridge.platform.internal.gateway;

import java.util.regex.Pattern;

/**
 * Masks credentials in a path before it is logged: the token of a customer's quote link ({@code /q/{token}})
 * and anything that looks like an API key or session token. Whoever reads a log must not be able to open
 * a customer's quote or call the API with what they read.
 */
public final class LogPaths {
    private static final Pattern QUOTE_LINK = Pattern.compile("/q/[^/?#\\s]+");
    private static final Pattern TOKEN = Pattern.compile("\\b(obk|obs)_[A-Za-z0-9_-]+");
    private static final int MAX = 300;

    private LogPaths() {
    }

    public static String mask(String path) {
        if (path == null) {
            return null;
        }
        String s = path.length() > MAX ? path.substring(0, MAX) + "…" : path;
        s = QUOTE_LINK.matcher(s).replaceAll("/q/***");
        return TOKEN.matcher(s).replaceAll("$1_***");
    }
}
