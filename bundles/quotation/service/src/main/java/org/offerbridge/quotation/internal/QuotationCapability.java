package org.offerbridge.quotation.internal;

import java.net.URL;
import java.util.Optional;

import org.offerbridge.platform.api.Capability;
import org.osgi.service.component.annotations.Component;

/** Registers the quotation capability while this bundle is active. */
@Component(service = Capability.class)
public class QuotationCapability implements Capability {
    public static final String ID = "quotation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Quotations";
    }

    @Override
    public String description() {
        return "Numbered quotes with revisions and approval, the customer's public page, and orders";
    }

    @Override
    public Optional<URL> openApiFragment() {
        return Optional.ofNullable(getClass().getResource("/openapi/quotation.json"));
    }
}
