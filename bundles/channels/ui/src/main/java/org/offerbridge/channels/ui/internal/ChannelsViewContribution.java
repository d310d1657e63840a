package org.offerbridge.channels.ui.internal;

import org.offerbridge.channels.api.ChannelService;
import org.offerbridge.ui.api.CapabilityViewContribution;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;

/** The Channels view, in the menu's administration group (the platform's admin views are 900 and up). */
@Component(service = ViewContribution.class)
public class ChannelsViewContribution extends CapabilityViewContribution {
    static final String CAPABILITY = "channels";
    private final ChannelService channels;

    @Activate
    public ChannelsViewContribution(@Reference ChannelService channels) {
        super("channels", CAPABILITY, VaadinIcons.PLUG, 950);
        this.channels = channels;
    }

    @Override
    public View createView(UiSession session) {
        return new ChannelsView(session, channels);
    }
}
