package org.offerbridge.channels.api;

import java.time.Instant;
import java.util.List;

/**
 * One thread with one contact on one channel. {@code state} is {@link #OPEN} or {@link #CLOSED}; a new inbound
 * message reopens a closed one. {@code ownerId} is the staff user who took it, or null.
 */
public record Conversation(String id, ChannelRef channel, Contact contact, String customerId, String ownerId, String state,
        boolean unread, Instant lastMessageAt, List<String> tags) {

    public static final String OPEN = "open";
    public static final String CLOSED = "closed";

    /** The channel a conversation is on, as lists show it. */
    public record ChannelRef(String id, String kind, String name) {
    }

    /** Who the conversation is with, as the channel knows them; every field may be null. */
    public record Contact(String name, String handle, String phone, String email) {
    }
}
