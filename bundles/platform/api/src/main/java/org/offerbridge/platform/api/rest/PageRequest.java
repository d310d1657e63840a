package org.offerbridge.platform.api.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Validated {@code limit} and {@code cursor} query parameters. The cursor encodes the last seen sort key so
 * pages stay stable while rows are added (keyset pagination).
 */
public record PageRequest(int limit, String after) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** Parses raw query values; throws a 400 problem naming the parameter at fault. */
    public static PageRequest of(Integer limit, String cursor) {
        int l = limit == null ? DEFAULT_LIMIT : limit;
        if (l < 1 || l > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        String after = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("cursor", "cursor is not one this API issued");
            }
        }
        return new PageRequest(l, after);
    }

    /** The cursor a client sends to continue after {@code lastKey}. */
    public static String cursorAfter(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }
}
