package org.offerbridge.parser.api;

import java.time.Instant;
import java.util.List;

/**
 * An inbound request as staff see it. {@code status}: received, proposed, failed, confirmed or review.
 * {@code parser} says which parser made the proposal ({@code builtin} or {@code llm}); {@code proposal} is
 * null in list results. {@code quoteId} is the draft quote confirming made, where the quotation capability is installed.
 * {@code conversationId} is the channels capability's conversation the request came from, or null.
 */
public record IntakeRequest(String id, String channel, Sender sender, String text, List<Attachment> attachments,
        String status, String failure, String language, String customerId, Instant receivedAt, Instant parsedAt,
        String parser, List<ProposalLine> proposal, String quoteId, String conversationId) {

    /** A request outside a conversation (the shape of version 1.2). */
    public IntakeRequest(String id, String channel, Sender sender, String text, List<Attachment> attachments, String status,
            String failure, String language, String customerId, Instant receivedAt, Instant parsedAt, String parser,
            List<ProposalLine> proposal, String quoteId) {
        this(id, channel, sender, text, attachments, status, failure, language, customerId, receivedAt, parsedAt, parser, proposal,
                quoteId, null);
    }

    /** A request with no quote (the shape of version 1.0). */
    public IntakeRequest(String id, String channel, Sender sender, String text, List<Attachment> attachments, String status,
            String failure, String language, String customerId, Instant receivedAt, Instant parsedAt, String parser,
            List<ProposalLine> proposal) {
        this(id, channel, sender, text, attachments, status, failure, language, customerId, receivedAt, parsedAt, parser, proposal, null);
    }

    public static final String RECEIVED = "received";
    public static final String PROPOSED = "proposed";
    public static final String FAILED = "failed";
    public static final String CONFIRMED = "confirmed";
    public static final String REVIEW = "review";

    /** Who sent it; every field may be null. */
    public record Sender(String name, String email, String phone) {
    }

    /** Metadata of an attachment as the channel reported it. */
    public record Attachment(String name, String contentType, Long size) {
    }
}
