package org.offerbridge.channels.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.offerbridge.channels.internal.attachments.AttachmentIntake;
import org.offerbridge.channels.spi.Connection;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.PulledInbound;
import org.offerbridge.platform.api.persistence.TenantRow;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The channels capability's side of kinds that read their inbound (email): the same {@link InboundStore} an HTTP
 * inbound call goes through, so there is one path that stores messages once and queues their work.
 */
@Component(service = PulledInbound.class)
public class PulledInboundImpl implements PulledInbound {
    /** More channels of one kind than any node reads; the scan stops there. */
    private static final int MAX_CHANNELS = 10_000;

    private final ChannelStore channels;
    private final ChannelSecrets secrets;
    private final InboundStore store;
    private final WorkProcessor processor;
    private final AttachmentIntake attachments;

    @Activate
    public PulledInboundImpl(@Reference ChannelStore channels, @Reference ChannelSecrets secrets, @Reference InboundStore store,
            @Reference WorkProcessor processor, @Reference AttachmentIntake attachments) {
        this.attachments = attachments;
        this.channels = channels;
        this.secrets = secrets;
        this.store = store;
        this.processor = processor;
    }

    @Override
    public List<PulledChannel> channels(String kind) {
        List<PulledChannel> out = new ArrayList<>();
        for (TenantRow row : channels.everyChannelOf(kind, MAX_CHANNELS)) {
            channels.findAs(row.tenantId(), row.rowId()).filter(c -> kind.equals(c.kind()))
                    .ifPresent(c -> out.add(new PulledChannel(c.tenantId(), c.id(), c.status(), c.statusReason(),
                            Instant.ofEpochMilli(c.createdAt()), secrets.settings(c))));
        }
        return out;
    }

    @Override
    public int deliver(String tenantId, String channelId, InboundBatch batch, String raw) {
        return (int) deliverEach(tenantId, channelId, batch, raw).stream().filter(Delivered::isNew).count();
    }

    @Override
    public List<Delivered> deliverEach(String tenantId, String channelId, InboundBatch batch, String raw) {
        StoredChannel c = channels.findAs(tenantId, channelId)
                .orElseThrow(() -> new IllegalStateException("The channel " + channelId + " no longer exists"));
        List<Delivered> out = store.store(c, batch, raw).stream().map(s -> new Delivered(s.messageId(), s.conversationId(), s.isNew())).toList();
        if (out.stream().anyMatch(Delivered::isNew)) {
            processor.wake();
        }
        return out;
    }

    @Override
    public Purged purge(String tenantId, String channelId, java.util.Collection<String> providerIds) {
        if (providerIds.isEmpty()) {
            return new Purged(0, 0, 0, List.of());
        }
        ChannelStore.Purge p = channels.purge(tenantId, channelId, providerIds);
        attachments.discard(tenantId, channelId, p.fileIds());
        return new Purged(p.messages(), p.fileIds().size(), p.conversations(), p.requestIds());
    }

    @Override
    public Optional<String> mark(String tenantId, String channelId) {
        return channels.mark(tenantId, channelId);
    }

    @Override
    public void saveMark(String tenantId, String channelId, String mark) {
        channels.saveMark(tenantId, channelId, mark);
    }

    @Override
    public void status(String tenantId, String channelId, Connection connection) {
        channels.connected(tenantId, channelId, connection.connected(), connection.reason(), null);
    }
}
