package org.offerbridge.customers.internal;

import java.net.URL;
import java.util.Optional;

import org.offerbridge.platform.api.Capability;
import org.osgi.service.component.annotations.Component;

/** Registers the customers capability while this bundle is active. */
@Component(service = Capability.class)
public class CustomersCapability implements Capability {
    public static final String ID = "customers";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Customers";
    }

    @Override
    public String description() {
        return "Customer cards with contacts, messenger handles, an owner and notes, searchable by name, email or phone";
    }

    @Override
    public Optional<URL> openApiFragment() {
        return Optional.ofNullable(getClass().getResource("/openapi/customers.json"));
    }
}
