package org.offerbridge.parser.internal;

import java.net.URL;
import java.util.Optional;

import org.offerbridge.platform.api.Capability;
import org.osgi.service.component.annotations.Component;

/** Registers the parser capability while this bundle is active. */
@Component(service = Capability.class)
public class ParserCapability implements Capability {
    public static final String ID = "parser";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Request parser";
    }

    @Override
    public String description() {
        return "Turns a customer's message in any supported language into lines of your catalog, offline";
    }

    @Override
    public Optional<URL> openApiFragment() {
        return Optional.ofNullable(getClass().getResource("/openapi/parser.json"));
    }
}
