package org.offerbridge.ui.api;

import java.util.stream.Stream;

import com.vaadin.ui.ComboBox;
import com.vaadin.ui.ItemCaptionGenerator;

/**
 * A combo box that searches as staff type, a page at a time, each fetch through {@link UiSession#call} so only the
 * bound tenant's data is read (e.g. products by SKU or name). The typed text reaches {@code search} trimmed, or null
 * when blank.
 *
 * @since 1.3
 */
public final class SearchBox {

    /** One page of matches and how many there are in all. */
    public interface Search<T> {
        Stream<T> page(String query, int offset, int limit);

        long count(String query);
    }

    private SearchBox() {
    }

    public static <T> ComboBox<T> create(UiSession session, String placeholder, ItemCaptionGenerator<T> caption, Search<T> search) {
        ComboBox<T> box = new ComboBox<>();
        box.setPlaceholder(placeholder);
        box.setItemCaptionGenerator(caption);
        box.setEmptySelectionAllowed(false);
        box.setPageLength(10);
        box.setPopupWidth("32em");
        box.setDataProvider(
                (filter, offset, limit) -> session.call(() -> search.page(query(filter), offset, limit)),
                filter -> (int) Math.min(Integer.MAX_VALUE, session.call(() -> search.count(query(filter)))));
        return box;
    }

    static String query(String filter) {
        return filter == null || filter.isBlank() ? null : filter.strip();
    }
}
