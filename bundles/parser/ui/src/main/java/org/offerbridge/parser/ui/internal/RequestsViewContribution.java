package org.offerbridge.parser.ui.internal;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.ui.api.CapabilityViewContribution;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;

/** The requests entry of the admin UI; present while the parser capability is installed and in the plan. */
@Component(service = ViewContribution.class)
public class RequestsViewContribution extends CapabilityViewContribution {
    static final String CAPABILITY = "parser";
    private final RequestInbox inbox;
    private final CatalogService catalog;

    @Activate
    public RequestsViewContribution(@Reference RequestInbox inbox, @Reference CatalogService catalog) {
        super(RequestsView.NAME, CAPABILITY, VaadinIcons.INBOX, 100);
        this.inbox = inbox;
        this.catalog = catalog;
    }

    @Override
    public View createView(UiSession session) {
        return new RequestsView(session, inbox, catalog);
    }
}
