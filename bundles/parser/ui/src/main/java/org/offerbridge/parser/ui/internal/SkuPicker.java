package org.offerbridge.parser.ui.internal;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.ui.api.UiSession;

import com.vaadin.ui.ComboBox;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Combo boxes that search the workspace's active products by SKU or name as staff type, a page at a time,
 * through the session (so only the bound tenant's catalog is ever read).
 */
final class SkuPicker {
    private final UiSession session;
    private final CatalogService catalog;

    SkuPicker(UiSession session, CatalogService catalog) {
        this.session = session;
        this.catalog = catalog;
    }

    ComboBox<SkuChoice> create(String placeholder) {
        ComboBox<SkuChoice> box = new ComboBox<>();
        box.setPlaceholder(placeholder);
        box.setItemCaptionGenerator(SkuChoice::caption);
        box.setEmptySelectionAllowed(false);
        box.setPageLength(10);
        box.setPopupWidth("32em");
        box.addStyleName(ValoTheme.COMBOBOX_SMALL);
        box.setWidth("100%");
        box.setDataProvider(
                (filter, offset, limit) -> session.call(() -> catalog.page(query(filter), Boolean.TRUE, offset, limit)).stream()
                        .map(SkuChoice::of),
                filter -> (int) Math.min(Integer.MAX_VALUE, session.call(() -> catalog.count(query(filter), Boolean.TRUE))));
        return box;
    }

    private static String query(String filter) {
        return filter == null || filter.isBlank() ? null : filter.strip();
    }
}
