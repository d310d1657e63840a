package org.offerbridge.channels.email.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.offerbridge.channels.spi.PulledInbound;
import org.offerbridge.channels.spi.PulledInbound.PulledChannel;

/**
 * The workspace of each email channel, by channel id. A reply is sent from the outbox with no workspace bound and the
 * SPI's message does not name one, yet the workspace's SMTP settings are needed: the channels capability's own list
 * of email channels says whose a channel is. A channel never moves between workspaces, so what was read stays true.
 */
final class ChannelTenants {
    private final PulledInbound inbound;
    private final Map<String, String> tenants = new ConcurrentHashMap<>();

    ChannelTenants(PulledInbound inbound) {
        this.inbound = inbound;
    }

    void remember(PulledChannel c) {
        tenants.put(c.channelId(), c.tenantId());
    }

    /** The channel's workspace; the list is read again once for a channel not seen yet (e.g. just created). */
    Optional<String> of(String channelId) {
        if (channelId == null) {
            return Optional.empty();
        }
        String known = tenants.get(channelId);
        if (known == null) {
            inbound.channels(EmailKind.ID).forEach(this::remember);
            known = tenants.get(channelId);
        }
        return Optional.ofNullable(known);
    }
}
