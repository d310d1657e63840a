package org.offerbridge.channels.internal;

import java.net.URL;
import java.util.Optional;

import org.offerbridge.platform.api.Capability;
import org.osgi.service.component.annotations.Component;

/** Registers the channels capability while this bundle is active. */
@Component(service = Capability.class)
public class ChannelsCapability implements Capability {
    public static final String ID = "channels";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Channels";
    }

    @Override
    public String description() {
        return "Messages from integrators' signed webhooks (email, WhatsApp, Telegram and Instagram to come) land in conversations and become requests; replies go back the same way";
    }

    @Override
    public Optional<URL> openApiFragment() {
        return Optional.ofNullable(getClass().getResource("/openapi/channels.json"));
    }
}
