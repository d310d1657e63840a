package org.offerbridge.channels.api;

import java.time.Instant;
import java.util.List;

/**
 * One message of a conversation. {@code direction} is {@link #IN} or {@link #OUT}; {@code status} is one of
 * queued, sent, delivered, read or failed ({@code failure} says why); inbound messages are {@code delivered}.
 * {@code sentAt} is when the sender sent it (as the provider says for inbound), {@code receivedAt} when we stored it.
 */
public record Message(String id, String conversationId, String direction, String text, List<Attachment> attachments,
        String providerMessageId, Instant sentAt, Instant receivedAt, String status, String failure) {

    public static final String IN = "in";
    public static final String OUT = "out";
    public static final String QUEUED = "queued";
    public static final String SENT = "sent";
    public static final String DELIVERED = "delivered";
    public static final String READ = "read";
    public static final String FAILED = "failed";

    /**
     * A file of the message. Files kept in the workspace's file store have an {@code id} (download it with
     * {@code GET /conversations/{id}/attachments/{attachmentId}}), the sniffed {@code contentType}, the {@code size} and a
     * {@code status}: {@link #STORED}, {@link #PENDING} (still to be fetched from the provider), {@link #TOO_LARGE} or
     * {@link #FAILED}, with the {@code reason} for the last two. Metadata a channel only reported has no id nor status,
     * and {@code size} may be null.
     */
    public record Attachment(String id, String name, String contentType, Long size, String status, String reason) {
        public static final String STORED = "stored";
        public static final String PENDING = "pending";
        public static final String FAILED = "failed";
        public static final String TOO_LARGE = "too_large";

        /** Metadata only, as a channel reported it (version 1.0). */
        public Attachment(String name, String contentType, Long size) {
            this(null, name, contentType, size, null, null);
        }
    }
}
