package org.offerbridge.ui.api;

import java.util.Locale;

import org.offerbridge.platform.api.Role;

import com.vaadin.icons.VaadinIcons;

/**
 * The usual shape of a capability's view contribution: fixed name, capability, icon and position, and the
 * menu caption under the key {@code menu} of the subclass's {@code messages*.properties}. Subclasses only
 * create the view.
 */
public abstract class CapabilityViewContribution implements ViewContribution {
    private final String viewName;
    private final String capability;
    private final VaadinIcons icon;
    private final int order;

    protected CapabilityViewContribution(String viewName, String capability, VaadinIcons icon, int order) {
        this.viewName = viewName;
        this.capability = capability;
        this.icon = icon;
        this.order = order;
    }

    @Override
    public String viewName() {
        return viewName;
    }

    @Override
    public String capability() {
        return capability;
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
        return icon;
    }

    @Override
    public int order() {
        return order;
    }
}
