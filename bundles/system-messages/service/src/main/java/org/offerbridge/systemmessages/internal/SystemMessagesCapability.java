package org.offerbridge.systemmessages.internal;

import java.net.URL;
import java.util.Optional;

import org.offerbridge.platform.api.Capability;
import org.osgi.service.component.annotations.Component;

/** Registers the system-messages capability while this bundle is active. */
@Component(service = Capability.class)
public class SystemMessagesCapability implements Capability {
    public static final String ID = "system-messages";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "System messages";
    }

    @Override
    public String description() {
        return "Problems the system found in your data and deliveries, until you clear them";
    }

    @Override
    public Optional<URL> openApiFragment() {
        return Optional.ofNullable(getClass().getResource("/openapi/system-messages.json"));
    }
}
