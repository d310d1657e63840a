package org.offerbridge.ui.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.offerbridge.platform.api.rest.Page;

import com.vaadin.data.provider.AbstractBackEndDataProvider;
import com.vaadin.data.provider.Query;

/**
 * A lazy grid's data from a service that pages by key or cursor ("the rows after this one") rather than by offset:
 * it remembers the cursor at the end of every page it fetched, so scrolling on continues from there and a jump
 * ahead walks from the nearest remembered position. Every fetch and count runs through {@link UiSession#call}.
 * Items are identified by their key. {@link #refreshAll()} forgets the positions (call it when the filter or the
 * data changed). One per view of one session.
 *
 * <pre>
 * rows = KeysetDataProvider.ofKeys(session, (after, limit) -&gt; inbox.list(status.getValue(), after, limit),
 *         IntakeRequest::id, () -&gt; inbox.count(status.getValue()));
 * grid.setDataProvider(rows);
 * </pre>
 *
 * @since 1.4
 */
public final class KeysetDataProvider<T> extends AbstractBackEndDataProvider<T, Void> {
    private static final long serialVersionUID = 1L;

    /** The next {@code limit} rows after the row with key {@code afterKey} (null: from the start). */
    @FunctionalInterface
    public interface KeySource<T> {
        List<T> next(String afterKey, int limit);
    }

    /** The page of at most {@code limit} rows starting at {@code cursor} (null: the first page). */
    @FunctionalInterface
    public interface PageSource<T> {
        Page<T> page(String cursor, int limit);
    }

    /** Rows fetched at most at once while walking to a far offset. */
    static final int WALK = 200;

    private final transient UiSession session;
    private final transient PageSource<T> source;
    private final transient Function<T, String> key;
    private final transient LongSupplier count;
    /** Position of a row → the cursor that continues after it. */
    private final TreeMap<Integer, String> known = new TreeMap<>();

    private KeysetDataProvider(UiSession session, PageSource<T> source, Function<T, String> key, LongSupplier count) {
        this.session = session;
        this.source = source;
        this.key = key;
        this.count = count;
    }

    /** Over a source that continues after a row's key; {@code count} counts all rows of the current filter. */
    public static <T> KeysetDataProvider<T> ofKeys(UiSession session, KeySource<T> source, Function<T, String> key, LongSupplier count) {
        return new KeysetDataProvider<>(session, (cursor, limit) -> {
            List<T> rows = source.next(cursor, limit);
            return new Page<>(rows, rows.size() < limit || rows.isEmpty() ? null : key.apply(rows.get(rows.size() - 1)));
        }, key, count);
    }

    /** Over a source answering {@link Page}s with a next cursor (absent on the last page); rows are identified by {@code key}. */
    public static <T> KeysetDataProvider<T> ofPages(UiSession session, PageSource<T> source, Function<T, String> key, LongSupplier count) {
        return new KeysetDataProvider<>(session, source, key, count);
    }

    @Override
    protected java.util.stream.Stream<T> fetchFromBackEnd(Query<T, Void> query) {
        return session.call(() -> fetch(query.getOffset(), query.getLimit())).stream();
    }

    @Override
    protected int sizeInBackEnd(Query<T, Void> query) {
        return (int) Math.min(Integer.MAX_VALUE, session.call(count::getAsLong));
    }

    @Override
    public Object getId(T item) {
        return key.apply(item);
    }

    @Override
    public void refreshAll() {
        known.clear();
        super.refreshAll();
    }

    /** The rows at {@code [offset, offset + limit)}; runs with the tenant bound. */
    List<T> fetch(int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Map.Entry<Integer, String> from = offset == 0 ? null : known.floorEntry(offset - 1);
        int position = from == null ? 0 : from.getKey() + 1;
        String cursor = from == null ? null : from.getValue();
        while (position < offset) {
            int step = Math.min(WALK, offset - position);
            Page<T> page = source.page(cursor, step);
            position += page.items().size();
            if (page.items().isEmpty() || page.nextCursor() == null) {
                return List.of();
            }
            cursor = page.nextCursor();
            known.put(position - 1, cursor);
        }
        Page<T> page = source.page(cursor, limit);
        if (!page.items().isEmpty() && page.nextCursor() != null) {
            known.put(position + page.items().size() - 1, page.nextCursor());
        }
        return page.items();
    }
}
