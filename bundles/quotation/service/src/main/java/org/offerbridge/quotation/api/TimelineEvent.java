package org.offerbridge.quotation.api;

import java.time.Instant;

/**
 * One recorded step of a quote: {@code type} such as {@code quote.created}, {@code quote.sent}, {@code quote.viewed};
 * {@code from}/{@code to} are statuses (equal when the status did not change, e.g. an approval).
 *
 * @param actor "user:ID", "apikey:ID", "link:ID" (the customer through a public link) or "system"
 */
public record TimelineEvent(String id, Instant at, String type, QuoteStatus from, QuoteStatus to, String actor, String address,
        String userAgent, String detail) {
}
