package org.offerbridge.webhooks.ui.internal;

import org.offerbridge.ui.api.CapabilityViewContribution;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewContribution;
import org.offerbridge.webhooks.api.WebhookLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;

/** The webhooks view, part of the {@code webhooks} capability: shown where the plan includes it, gone when it is uninstalled. */
@Component(service = ViewContribution.class)
public class WebhooksViewContribution extends CapabilityViewContribution {
    static final String CAPABILITY = "webhooks";
    private final WebhookLog log;

    @Activate
    public WebhooksViewContribution(@Reference WebhookLog log) {
        super("webhooks", CAPABILITY, VaadinIcons.CONNECT, 600);
        this.log = log;
    }

    @Override
    public View createView(UiSession session) {
        return new WebhooksView(session, log);
    }
}
