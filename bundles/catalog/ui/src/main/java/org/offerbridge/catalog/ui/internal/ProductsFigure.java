package org.offerbridge.catalog.ui.internal;

import java.text.NumberFormat;
import java.util.Locale;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.ui.api.DashboardFigure;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.UiSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** "Products: n active of m" on the dashboard. */
@Component(service = DashboardFigure.class)
public class ProductsFigure implements DashboardFigure {
    private final CatalogService catalog;

    @Activate
    public ProductsFigure(@Reference CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public String id() {
        return "products";
    }

    @Override
    public String capability() {
        return "catalog";
    }

    @Override
    public String caption(Locale locale) {
        return Texts.of(ProductsFigure.class, locale).get("figure.products");
    }

    @Override
    public String value(UiSession session) {
        return NumberFormat.getIntegerInstance(session.locale()).format(session.call(() -> catalog.count(null, Boolean.TRUE)));
    }

    @Override
    public int order() {
        return 200;
    }
}
