package org.offerbridge.customers.internal.demo;

import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.platform.api.onboarding.SetupCount;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The checklist's "first customer" step: the workspace's customer cards. */
@Component(service = SetupCount.class)
public class CustomersSetupCount implements SetupCount {
    private final CustomerDirectory customers;

    @Activate
    public CustomersSetupCount(@Reference CustomerDirectory customers) {
        this.customers = customers;
    }

    @Override
    public String step() {
        return CUSTOMERS;
    }

    @Override
    public String capability() {
        return "customers";
    }

    @Override
    public long count() {
        return customers.count(null);
    }
}
