package org.offerbridge.customers.ui.internal;


import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.platform.api.StaffDirectory;
import org.offerbridge.ui.api.CapabilityViewContribution;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;

/** The customers entry of the admin UI; present while the customers capability is installed and in the plan. */
@Component(service = ViewContribution.class)
public class CustomersViewContribution extends CapabilityViewContribution {
    private final CustomerDirectory customers;
    private final StaffDirectory staff;

    @Activate
    public CustomersViewContribution(@Reference CustomerDirectory customers, @Reference StaffDirectory staff) {
        super("customers", "customers", VaadinIcons.USER_CARD, 300);
        this.customers = customers;
        this.staff = staff;
    }

    @Override
    public View createView(UiSession session) {
        return new CustomersView(session, customers, staff);
    }
}
