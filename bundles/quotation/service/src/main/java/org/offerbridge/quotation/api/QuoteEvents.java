package org.offerbridge.quotation.api;

import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard: every registered service is told after a quote's transition committed (webhooks, notifications). A
 * failing listener never undoes the transition. Called on the thread that made the change, so be quick.
 *
 * <p>Events are told at least once: each is stored with the change, and one a listener threw on (or that a crash kept
 * from being told) is told again later, with the same id, to every listener. Use {@link #quoteEvent(String, String,
 * String, String, Map)} and its {@code eventId} to act once.
 */
@ConsumerType
public interface QuoteEvents {

    /**
     * @param type    {@code quote.created}, {@code quote.sent}, {@code quote.viewed}, {@code quote.accepted},
     *                {@code quote.rejected}, {@code quote.expired}, {@code quote.revised}, {@code quote.approved},
     *                {@code order.created}
     * @param payload a few plain values (number, status, orderId ...): strings and numbers only, no secrets
     */
    void quoteEvent(String tenantId, String type, String quoteId, Map<String, Object> payload);

    /**
     * The same, with the event's id: stable across the times one event is told, so a listener can keep it once.
     *
     * @since 1.3
     */
    default void quoteEvent(String eventId, String tenantId, String type, String quoteId, Map<String, Object> payload) {
        quoteEvent(tenantId, type, quoteId, payload);
    }
}
