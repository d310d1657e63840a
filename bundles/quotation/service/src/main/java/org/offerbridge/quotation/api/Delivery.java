package org.offerbridge.quotation.api;

import java.time.Instant;

/**
 * One recipient's copy of a sent quote on a channel. {@code status} is {@code queued} (waiting for its first or next
 * attempt, at {@code nextAttemptAt}), {@code sent} or {@code failed} (given up; {@code lastError} says why).
 */
public record Delivery(String id, String quoteId, String linkId, String channel, String address, String recipientName, String status,
        int attempts, String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {
    public static final String QUEUED = "queued";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";
}
