package org.offerbridge.channels.internal;

import org.offerbridge.channels.api.ChannelService;
import org.offerbridge.platform.api.onboarding.SetupCount;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The workspace's channels: the getting-started checklist's "first channel" step, and the level the plan's
 * {@code channels} quota counts (the usage view reads the same service).
 */
@Component(service = SetupCount.class)
public class ChannelsSetupCount implements SetupCount {
    private final ChannelService channels;

    @Activate
    public ChannelsSetupCount(@Reference ChannelService channels) {
        this.channels = channels;
    }

    @Override
    public String step() {
        return CHANNELS;
    }

    @Override
    public String capability() {
        return ChannelsCapability.ID;
    }

    @Override
    public long count() {
        return channels.count();
    }
}
