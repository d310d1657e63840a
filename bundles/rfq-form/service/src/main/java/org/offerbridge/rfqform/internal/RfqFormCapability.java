package org.offerbridge.rfqform.internal;

import java.net.URL;
import java.util.Optional;

import org.offerbridge.platform.api.Capability;
import org.osgi.service.component.annotations.Component;

/** Registers the request-for-quote form capability while this bundle is active. */
@Component(service = Capability.class)
public class RfqFormCapability implements Capability {
    public static final String ID = "rfq-form";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Request-for-quote form";
    }

    @Override
    public String description() {
        return "A form for the seller's website: customers choose products and options, and each submission arrives as a parsed request on the webform channel";
    }

    @Override
    public Optional<URL> openApiFragment() {
        return Optional.ofNullable(getClass().getResource("/openapi/rfq-form.json"));
    }
}
