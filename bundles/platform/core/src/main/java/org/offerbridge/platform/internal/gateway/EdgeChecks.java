package org.offerbridge.platform.internal.gateway;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks made on an API request before the JAX-RS runtime sees it, because the runtime fails on them
 * with a 500 instead of a client error: an unknown charset, broken percent-encoding in the query, and a
 * body sent without saying what it is. Pure functions, so they are unit tested without a server.
 */
final class EdgeChecks {
    /** A refusal: the status, the problem type and detail, and the input at fault. */
    record Refusal(int status, String type, String title, String detail, String field) {
    }

    private EdgeChecks() {
    }

    static Optional<Refusal> check(String method, String contentType, long contentLength, boolean chunked, String rawQuery) {
        Optional<Refusal> charset = charset(contentType);
        if (charset.isPresent()) {
            return charset;
        }
        if (contentType == null && (contentLength > 0 || chunked) && !"GET".equals(method) && !"HEAD".equals(method)) {
            return Optional.of(new Refusal(415, "unsupported-media-type", "Unsupported media type",
                    "A request body needs a Content-Type header, e.g. application/json", "Content-Type"));
        }
        return query(rawQuery);
    }

    /** 415 when the Content-Type names a charset this server does not know. */
    static Optional<Refusal> charset(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq < 0 || !p.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals("charset")) {
                continue;
            }
            String name = p.substring(eq + 1).trim().replace("\"", "").replace("'", "");
            if (!supported(name)) {
                return Optional.of(new Refusal(415, "unsupported-media-type", "Unsupported media type",
                        "Unknown charset in the Content-Type header; send the body as UTF-8", "Content-Type"));
            }
        }
        return Optional.empty();
    }

    private static boolean supported(String name) {
        try {
            return !name.isEmpty() && Charset.isSupported(name);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    /** 400 naming the first query parameter whose name or value is not valid percent-encoding. */
    static Optional<Refusal> query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            boolean nameOk = wellEncoded(name);
            if (!nameOk || (eq >= 0 && !wellEncoded(pair.substring(eq + 1)))) {
                String field = nameOk && !name.isEmpty() && name.length() <= 100 ? name : "query";
                return Optional.of(new Refusal(400, "validation", "Invalid request",
                        "The query is not valid percent-encoding (a '%' must be followed by two hex digits)", field));
            }
        }
        return Optional.empty();
    }

    static boolean wellEncoded(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '%') {
                if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0 || Character.digit(s.charAt(i + 2), 16) < 0) {
                    return false;
                }
                i += 2;
            }
        }
        return true;
    }
}
