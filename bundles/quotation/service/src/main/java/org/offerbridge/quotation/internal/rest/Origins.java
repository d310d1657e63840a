package org.offerbridge.quotation.internal.rest;

import javax.servlet.http.HttpServletRequest;

import org.offerbridge.quotation.api.Origin;

/** Where an HTTP request came from, for the timeline: the client address as the server sees it, and the user agent. */
final class Origins {
    private Origins() {
    }

    static Origin of(HttpServletRequest request) {
        if (request == null) {
            return Origin.SYSTEM;
        }
        try {
            return new Origin(request.getRemoteAddr(), request.getHeader("User-Agent"));
        } catch (RuntimeException e) {
            // outside a request (no proxy target): nothing to record
            return Origin.SYSTEM;
        }
    }
}
