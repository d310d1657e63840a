package org.offerbridge.quotation.internal.rest;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import javax.servlet.http.HttpServletRequest;

import org.offerbridge.platform.api.net.ClientAddresses;
import org.offerbridge.quotation.api.Origin;

/**
 * Where an HTTP request came from, for the timeline: the client address as the platform resolves it (behind a
 * trusted proxy, the address the proxy reports), and the user agent.
 */
final class Origins {
    private final ClientAddresses addresses;

    Origins(ClientAddresses addresses) {
        this.addresses = addresses;
    }

    Origin of(HttpServletRequest request) {
        if (request == null) {
            return Origin.SYSTEM;
        }
        try {
            String client = addresses.resolve(request.getRemoteAddr(), name -> {
                Enumeration<String> values = request.getHeaders(name);
                return values == null ? List.of() : Collections.list(values);
            });
            return new Origin(client, request.getHeader("User-Agent"));
        } catch (RuntimeException e) {
            // outside a request (no proxy target): nothing to record
            return Origin.SYSTEM;
        }
    }
}
