package org.offerbridge.quotation.api;

import java.time.Instant;

/**
 * A recipient's link to the public quote page. {@code url} is only known when the link is created (the server
 * keeps a hash of its token); it is null everywhere else.
 */
public record PublicLink(String id, String quoteId, String recipientName, String recipientEmail, String url, Instant createdAt,
        Instant revokedAt) {
}
