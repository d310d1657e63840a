package org.offerbridge.channels.ui.internal;

import java.util.List;

import org.offerbridge.channels.api.Channel;
import org.offerbridge.channels.api.ChannelService;
import org.offerbridge.ui.api.CapabilityViewContribution;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.Times;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewContribution;
import org.offerbridge.ui.api.ViewPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;

/**
 * The Channels view, read-only for now: each channel with its kind, status and why it needs attention, the inbound
 * URL to give the provider, and its last activity and error. Connecting and testing channels here comes with the kinds'
 * forms; until then admins use the REST API (the README shows how).
 */
@Component(service = ViewContribution.class)
public class ChannelsViewContribution extends CapabilityViewContribution {
    static final String CAPABILITY = "channels";
    static final int MAX_SHOWN = 500;
    private final ChannelService channels;

    @Activate
    public ChannelsViewContribution(@Reference ChannelService channels) {
        super("channels", CAPABILITY, VaadinIcons.CONNECT, 250);
        this.channels = channels;
    }

    @Override
    public View createView(UiSession session) {
        return new ChannelsView(session);
    }

    private final class ChannelsView extends ViewPage {
        private static final long serialVersionUID = 1L;

        ChannelsView(UiSession session) {
            super("channels", Texts.of(ChannelsViewContribution.class, session.locale()).get("menu"));
            Texts t = Texts.of(ChannelsViewContribution.class, session.locale());
            Times times = Times.of(session);
            List<Channel> list = session.call(() -> channels.list(null, MAX_SHOWN));
            Label summary = new Label(t.get("summary", list.size()));
            summary.setId("channels-summary");
            Grid<Channel> grid = new Grid<>();
            grid.setId("channels-grid");
            grid.addColumn(Channel::name).setCaption(t.get("name")).setWidth(200);
            grid.addColumn(c -> t.has("kind." + c.kind()) ? t.get("kind." + c.kind()) : c.kind()).setCaption(t.get("kind")).setWidth(150);
            grid.addColumn(c -> t.get("status." + c.status()) + (c.statusReason() == null ? "" : " – " + c.statusReason()))
                    .setCaption(t.get("status")).setWidth(260);
            grid.addColumn(Channel::inboundUrl).setCaption(t.get("inboundUrl")).setExpandRatio(1);
            grid.addColumn(c -> c.lastInboundAt() == null ? "" : times.dateTime(c.lastInboundAt())).setCaption(t.get("lastInbound")).setWidth(180);
            grid.addColumn(c -> c.lastOutboundAt() == null ? "" : times.dateTime(c.lastOutboundAt())).setCaption(t.get("lastOutbound")).setWidth(180);
            grid.addColumn(c -> c.lastError() == null ? "" : c.lastError()).setCaption(t.get("lastError")).setWidth(240);
            grid.setItems(list);
            grid.setWidth("100%");
            grid.setHeightByRows(Math.max(1, Math.min(15, list.size())));
            addComponents(summary, grid);
        }
    }
}
