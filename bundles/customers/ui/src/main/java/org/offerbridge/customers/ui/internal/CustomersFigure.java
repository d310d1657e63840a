package org.offerbridge.customers.ui.internal;

import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.ui.api.CountFigure;
import org.offerbridge.ui.api.DashboardFigure;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** How many customer cards the workspace has, on the dashboard. */
@Component(service = DashboardFigure.class)
public class CustomersFigure extends CountFigure {
    private final CustomerDirectory customers;

    @Activate
    public CustomersFigure(@Reference CustomerDirectory customers) {
        super("customers", "customers", "figure.customers", 300);
        this.customers = customers;
    }

    @Override
    protected long count() {
        return customers.count(null);
    }
}
