package org.offerbridge.catalog.internal.demo;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.platform.api.onboarding.DemoContent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Puts the demo catalog into the demo workspace through the catalog service, leaving SKUs that exist alone. */
@Component(service = DemoContent.class)
public class CatalogDemoContent implements DemoContent {
    private final CatalogService catalog;

    @Activate
    public CatalogDemoContent(@Reference CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public String id() {
        return "catalog";
    }

    @Override
    public int order() {
        return CATALOG;
    }

    @Override
    public void seed(String tenantId) {
        String currency = catalog.defaultCurrency();
        for (DemoCatalog.Item item : DemoCatalog.ITEMS) {
            if (catalog.bySku(item.sku()).isEmpty()) {
                catalog.create(item.draft(currency));
            }
        }
    }
}
