package org.offerbridge.quotation.ui.internal;

import java.util.stream.Stream;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.ui.api.SearchBox;
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
        return SearchBox.create(session, placeholder, ProductPicker::caption, new SearchBox.Search<>() {
            @Override
            public Stream<Product> page(String query, int offset, int limit) {
                return catalog.page(query, Boolean.TRUE, offset, limit).stream();
            }

            @Override
            public long count(String query) {
                return catalog.count(query, Boolean.TRUE);
            }
        });
    }

    /** "SKU · name". */
    static String caption(Product p) {
        return p.name() == null || p.name().isBlank() ? p.sku() : p.sku() + " · " + p.name();
    }
}
