package org.offerbridge.channels.internal;

import java.net.URI;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/** Channels' inbound URLs under the server's public base URL (the platform's {@code publicBaseUrl}). */
@Component(service = InboundUrls.class, configurationPid = "org.offerbridge.platform")
public class InboundUrls {
    static final String PATH = "/api/v1/channels/inbound/";

    /** The platform's setting, read as a component property type: the platform owns its metatype. */
    @interface Config {
        String publicBaseUrl() default "http://localhost:8181";
    }

    private volatile String base;

    @Activate
    public InboundUrls(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        String b = config.publicBaseUrl().strip();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    URI of(String token) {
        return URI.create(base + PATH + token);
    }
}
