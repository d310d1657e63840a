package org.offerbridge.quotation.ui.internal;

import org.offerbridge.quotation.api.Origin;

import com.vaadin.server.VaadinRequest;
import com.vaadin.server.VaadinService;

/** Where a UI action came from, for the quote's timeline: the browser's address and user agent, as the REST API records them. */
final class UiOrigin {
    private UiOrigin() {
    }

    static Origin current() {
        VaadinRequest r = VaadinService.getCurrentRequest();
        if (r == null) {
            return Origin.SYSTEM;
        }
        return new Origin(r.getRemoteAddr(), r.getHeader("User-Agent"));
    }
}
