package org.offerbridge.platform.api.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

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

    /** How many rows to fetch: one more than the page holds, to know whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }

    /**
     * The page made of rows fetched with {@link #fetchSize()} in key order: at most {@code limit} items, and a cursor
     * after the last one's key when more rows were found.
     */
    public <T> Page<T> page(List<T> fetched, Function<? super T, String> key) {
        return page(fetched, key, Function.identity());
    }

    /** As {@link #page(List, Function)}, mapping each kept row to what the page shows. */
    public <T, R> Page<R> page(List<T> fetched, Function<? super T, String> key, Function<? super T, ? extends R> view) {
        boolean more = fetched.size() > limit;
        List<T> kept = more ? fetched.subList(0, limit) : fetched;
        List<R> items = new ArrayList<>(kept.size());
        for (T row : kept) {
            items.add(view.apply(row));
        }
        return new Page<>(List.copyOf(items), more ? cursorAfter(key.apply(kept.get(kept.size() - 1))) : null);
    }

    /** The cursor a client sends to continue after {@code lastKey}. */
    public static String cursorAfter(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }
}
