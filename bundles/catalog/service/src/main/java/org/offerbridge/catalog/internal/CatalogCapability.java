package org.offerbridge.catalog.internal;

import java.net.URL;
import java.util.Optional;

import org.offerbridge.platform.api.Capability;
import org.osgi.service.component.annotations.Component;

/** Registers the catalog capability while this bundle is active. */
@Component(service = Capability.class)
public class CatalogCapability implements Capability {
    public static final String ID = "catalog";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Catalog";
    }

    @Override
    public String description() {
        return "Products, price lists and volume breaks, with CSV import and export";
    }

    @Override
    public Optional<URL> openApiFragment() {
        return Optional.ofNullable(getClass().getResource("/openapi/catalog.json"));
    }
}
