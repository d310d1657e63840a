package org.offerbridge.customers.ui.internal;

import java.util.Locale;

import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.StaffDirectory;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;

/** The customers entry of the admin UI; present while the customers capability is installed and in the plan. */
@Component(service = ViewContribution.class)
public class CustomersViewContribution implements ViewContribution {
    private final CustomerDirectory customers;
    private final StaffDirectory staff;

    @Activate
    public CustomersViewContribution(@Reference CustomerDirectory customers, @Reference StaffDirectory staff) {
        this.customers = customers;
        this.staff = staff;
    }

    @Override
    public String viewName() {
        return "customers";
    }

    @Override
    public String capability() {
        return "customers";
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
        return VaadinIcons.USERS;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public View createView(UiSession session) {
        return new CustomersView(session, customers, staff);
    }
}
