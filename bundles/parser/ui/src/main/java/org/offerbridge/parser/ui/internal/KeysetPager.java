package org.offerbridge.parser.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Serves a lazy grid's offset/limit fetches from a source that pages by key ("the rows after this id"). It
 * remembers the id at the end of every page it fetched, so scrolling on continues from there; a jump ahead walks
 * from the nearest remembered position. Belongs to one view of one session: {@link #reset()} when the filter or
 * the data changes.
 */
final class KeysetPager<T> {
    /** The next {@code limit} rows after the row with id {@code afterId} (null: from the start). */
    @FunctionalInterface
    interface Source<T> {
        List<T> next(String afterId, int limit);
    }

    /** Rows fetched at most at once while walking to a far offset. */
    static final int WALK = 200;
    private final Source<T> source;
    private final Function<T, String> id;
    /** Position of a row → its id. */
    private final TreeMap<Integer, String> known = new TreeMap<>();

    KeysetPager(Source<T> source, Function<T, String> id) {
        this.source = source;
        this.id = id;
    }

    List<T> fetch(int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Map.Entry<Integer, String> from = offset == 0 ? null : known.floorEntry(offset - 1);
        int position = from == null ? 0 : from.getKey() + 1;
        String after = from == null ? null : from.getValue();
        while (position < offset) {
            int step = Math.min(WALK, offset - position);
            List<T> rows = source.next(after, step);
            if (rows.isEmpty()) {
                return List.of();
            }
            position += rows.size();
            after = id.apply(rows.get(rows.size() - 1));
            known.put(position - 1, after);
            if (rows.size() < step) {
                return List.of();
            }
        }
        List<T> rows = source.next(after, limit);
        if (!rows.isEmpty()) {
            known.put(position + rows.size() - 1, id.apply(rows.get(rows.size() - 1)));
        }
        return rows;
    }

    void reset() {
        known.clear();
    }
}
