package org.offerbridge.catalog.ui.internal;

import java.util.Locale;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.platform.api.Role;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;

/** The catalog entry of the admin UI; present while the catalog capability is installed and in the plan. */
@Component(service = ViewContribution.class)
public class CatalogViewContribution implements ViewContribution {
    private final CatalogService catalog;

    @Activate
    public CatalogViewContribution(@Reference CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public String viewName() {
        return "catalog";
    }

    @Override
    public String capability() {
        return "catalog";
    }

    @Override
    public Role minimumRole() {
        return Role.VIEWER;
    }

    @Override
    public String caption(Locale locale) {
        return Texts.of(getClass(), locale).get("menu");
    }

    @Override
    public VaadinIcons icon() {
        return VaadinIcons.PACKAGE;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public View createView(UiSession session) {
        return new CatalogView(session, catalog);
    }
}
