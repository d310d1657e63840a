package org.offerbridge.parser.ui.internal;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.ui.api.SearchBox;
import org.offerbridge.ui.api.UiSession;

import com.vaadin.ui.ComboBox;
import com.vaadin.ui.themes.ValoTheme;

/** Combo boxes that search the workspace's active products by SKU or name as staff type, for a proposal's lines. */
final class SkuPicker {
    private final UiSession session;
    private final CatalogService catalog;

    SkuPicker(UiSession session, CatalogService catalog) {
        this.session = session;
        this.catalog = catalog;
    }

    ComboBox<SkuChoice> create(String placeholder) {
        ComboBox<SkuChoice> box = SearchBox.create(session, placeholder, SkuChoice::caption, new SearchBox.Search<>() {
            @Override
            public java.util.stream.Stream<SkuChoice> page(String query, int offset, int limit) {
                return catalog.page(query, Boolean.TRUE, offset, limit).stream().map(SkuChoice::of);
            }

            @Override
            public long count(String query) {
                return catalog.count(query, Boolean.TRUE);
            }
        });
        box.addStyleName(ValoTheme.COMBOBOX_SMALL);
        box.setWidth("100%");
        return box;
    }
}
