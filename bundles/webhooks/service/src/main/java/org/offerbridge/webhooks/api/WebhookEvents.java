package org.offerbridge.webhooks.api;

import java.util.List;

/** The event types endpoints can subscribe to. Names are part of the integrators' contract: never rename. */
public final class WebhookEvents {
    public static final String QUOTE_SENT = "quote.sent";
    public static final String QUOTE_VIEWED = "quote.viewed";
    public static final String QUOTE_ACCEPTED = "quote.accepted";
    public static final String QUOTE_REJECTED = "quote.rejected";
    public static final String QUOTE_EXPIRED = "quote.expired";
    public static final String REQUEST_RECEIVED = "request.received";
    public static final String REQUEST_CONFIRMED = "request.confirmed";
    /** Sent on request by {@code POST /webhooks/endpoints/{id}/test}; no endpoint subscribes to it. */
    public static final String TEST = "webhook.test";

    /** Every type an endpoint may subscribe to, in documentation order. */
    public static final List<String> ALL = List.of(QUOTE_SENT, QUOTE_VIEWED, QUOTE_ACCEPTED, QUOTE_REJECTED, QUOTE_EXPIRED,
            REQUEST_RECEIVED, REQUEST_CONFIRMED);

    private WebhookEvents() {
    }
}
