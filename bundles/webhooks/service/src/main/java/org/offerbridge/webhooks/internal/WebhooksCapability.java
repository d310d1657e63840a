package org.offerbridge.webhooks.internal;

import java.net.URL;
import java.util.Optional;

import org.offerbridge.platform.api.Capability;
import org.osgi.service.component.annotations.Component;

/** Registers the webhooks capability while this bundle is active. */
@Component(service = Capability.class)
public class WebhooksCapability implements Capability {
    public static final String ID = "webhooks";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Webhooks";
    }

    @Override
    public String description() {
        return "Signed HTTP callbacks to integrators' endpoints when quotes and requests change, retried for days, with a delivery log and replay";
    }

    @Override
    public Optional<URL> openApiFragment() {
        return Optional.ofNullable(getClass().getResource("/openapi/webhooks.json"));
    }
}
