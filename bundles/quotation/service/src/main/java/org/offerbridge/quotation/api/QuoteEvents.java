package org.offerbridge.quotation.api;

import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard: every registered service is told after a quote's transition committed (webhooks, notifications). A
 * failing listener never undoes the transition. Called on the thread that made the change, so be quick.
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
}
