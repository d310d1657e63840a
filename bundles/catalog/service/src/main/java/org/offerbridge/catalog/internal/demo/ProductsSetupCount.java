package org.offerbridge.catalog.internal.demo;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.platform.api.onboarding.SetupCount;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The checklist's "first product or CSV import" step: the workspace's products. */
@Component(service = SetupCount.class)
public class ProductsSetupCount implements SetupCount {
    private final CatalogService catalog;

    @Activate
    public ProductsSetupCount(@Reference CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public String step() {
        return PRODUCTS;
    }

    @Override
    public String capability() {
        return "catalog";
    }

    @Override
    public long count() {
        return catalog.count();
    }
}
