package org.offerbridge.catalog.ui.internal;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.ui.api.CountFigure;
import org.offerbridge.ui.api.DashboardFigure;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** How many active products the catalog has, on the dashboard. */
@Component(service = DashboardFigure.class)
public class ProductsFigure extends CountFigure {
    private final CatalogService catalog;

    @Activate
    public ProductsFigure(@Reference CatalogService catalog) {
        super("products", "catalog", "figure.products", 200);
        this.catalog = catalog;
    }

    @Override
    protected long count() {
        return catalog.count(null, Boolean.TRUE);
    }
}
