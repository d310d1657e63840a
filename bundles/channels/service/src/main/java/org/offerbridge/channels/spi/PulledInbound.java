package org.offerbridge.channels.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * For kinds whose inbound is not an HTTP call but something the server reads (a mailbox): the channels of a kind
 * across workspaces, and the same store-once path an inbound call takes (the message and its work item in one
 * transaction, deduplicated on the provider's message id). Offered by the channels capability as an OSGi service.
 */
@ProviderType
public interface PulledInbound {

    /**
     * One channel to read: its workspace, id, status with its reason, when it was created, and settings (secrets
     * decrypted, for the kind's use only).
     */
    record PulledChannel(String tenantId, String channelId, String status, String statusReason, Instant createdAt,
            ChannelSettings settings) {
        @Override
        public String toString() {
            return "PulledChannel[" + channelId + ", tenant=" + tenantId + "]";
        }
    }

    /** Every channel of the kind in every workspace, disconnected ones included (their status says so). */
    List<PulledChannel> channels(String kind);

    /**
     * Stores what was read exactly like a verified inbound call: new messages once each, with their conversations and
     * work; a provider id the channel already has changes nothing. {@code raw} is kept with the first message.
     * Returns how many messages were new. Throws when the channel no longer exists.
     */
    int deliver(String tenantId, String channelId, InboundBatch batch, String raw);

    /** One message of a delivered batch: its id, its conversation's, and whether this call stored it. @since 1.6 */
    record Delivered(String messageId, String conversationId, boolean isNew) {
    }

    /**
     * As {@link #deliver}, answering each message of the batch in order, a message the channel already had with the
     * ids it was stored under: for a kind that links to what it delivered.
     *
     * @since 1.6
     */
    List<Delivered> deliverEach(String tenantId, String channelId, InboundBatch batch, String raw);

    /** The kind's read position on the channel (e.g. an IMAP folder's UIDVALIDITY and last UID), if it saved one. */
    Optional<String> mark(String tenantId, String channelId);

    /** Saves the read position; kept with the channel until it is deleted. */
    void saveMark(String tenantId, String channelId, String mark);

    /**
     * What a purge removed: inbound messages, stored files, conversations left without messages, and the ids of the
     * requests (of the parser capability) those messages made that no remaining message refers to.
     *
     * @since 1.5
     */
    record Purged(int messages, int files, int conversations, List<String> requestIds) {
        public Purged {
            requestIds = List.copyOf(requestIds);
        }
    }

    /**
     * A retention purge: deletes the channel's inbound messages with these provider ids, with their attachments, work
     * and stored files, and the conversations they leave without messages, in one transaction of {@code tenantId} (the
     * files once it committed). Provider ids the channel does not have, and other workspaces' messages, are left alone.
     *
     * @since 1.5
     */
    default Purged purge(String tenantId, String channelId, Collection<String> providerIds) {
        throw new UnsupportedOperationException("purge");
    }

    /** Records that reading works (connected) or why it does not (needs attention, with a reason a person can act on). */
    void status(String tenantId, String channelId, Connection connection);
}
