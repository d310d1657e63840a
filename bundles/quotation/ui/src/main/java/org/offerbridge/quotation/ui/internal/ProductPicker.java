package org.offerbridge.quotation.ui.internal;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.ui.api.UiSession;

import com.vaadin.ui.ComboBox;

/**
 * Combo boxes that search the workspace's active products by SKU or name as staff type, a page at a time,
 * through the session (so only the bound tenant's catalog is ever read).
 */
final class ProductPicker {
    private final UiSession session;
    private final CatalogService catalog;

    ProductPicker(UiSession session, CatalogService catalog) {
        this.session = session;
        this.catalog = catalog;
    }

    ComboBox<Product> create(String placeholder) {
        ComboBox<Product> box = new ComboBox<>();
        box.setPlaceholder(placeholder);
        box.setItemCaptionGenerator(ProductPicker::caption);
        box.setEmptySelectionAllowed(false);
        box.setPageLength(10);
        box.setPopupWidth("32em");
        box.setDataProvider(
                (filter, offset, limit) -> session.call(() -> catalog.page(query(filter), Boolean.TRUE, offset, limit)).stream(),
                filter -> (int) Math.min(Integer.MAX_VALUE, session.call(() -> catalog.count(query(filter), Boolean.TRUE))));
        return box;
    }

    /** "SKU · name". */
    static String caption(Product p) {
        return p.name() == null || p.name().isBlank() ? p.sku() : p.sku() + " · " + p.name();
    }

    private static String query(String filter) {
        return filter == null || filter.isBlank() ? null : filter.strip();
    }
}
