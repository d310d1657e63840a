package org.offerbridge.quotation.ui.internal;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.offerbridge.platform.api.net.ClientAddresses;
import org.offerbridge.quotation.api.Origin;

import com.vaadin.server.VaadinRequest;
import com.vaadin.server.VaadinService;

/**
 * Where a UI action came from, for the quote's timeline: the browser's address (behind a trusted proxy, the one
 * it reports) and user agent, as the REST API records them.
 */
final class UiOrigin {
    private final ClientAddresses addresses;

    UiOrigin(ClientAddresses addresses) {
        this.addresses = addresses;
    }

    Origin current() {
        VaadinRequest r = VaadinService.getCurrentRequest();
        if (r == null) {
            return Origin.SYSTEM;
        }
        return new Origin(addresses.resolve(r.getRemoteAddr(), name -> list(r.getHeaders(name))), r.getHeader("User-Agent"));
    }

    private static List<String> list(Enumeration<String> values) {
        return values == null ? List.of() : Collections.list(values);
    }
}
