package org.offerbridge.catalog.ui.internal;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.ui.api.CapabilityViewContribution;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;

/** The catalog entry of the admin UI; present while the catalog capability is installed and in the plan. */
@Component(service = ViewContribution.class)
public class CatalogViewContribution extends CapabilityViewContribution {
    private final CatalogService catalog;

    @Activate
    public CatalogViewContribution(@Reference CatalogService catalog) {
        super("catalog", "catalog", VaadinIcons.PACKAGE, 400);
        this.catalog = catalog;
    }

    @Override
    public View createView(UiSession session) {
        return new CatalogView(session, catalog);
    }
}
