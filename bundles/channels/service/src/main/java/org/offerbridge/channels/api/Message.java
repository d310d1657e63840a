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

    /** Metadata of a file as the channel reported it; {@code size} may be null. */
    public record Attachment(String name, String contentType, Long size) {
    }
}
