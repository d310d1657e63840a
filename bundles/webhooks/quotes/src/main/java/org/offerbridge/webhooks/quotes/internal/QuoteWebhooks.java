package org.offerbridge.webhooks.quotes.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.offerbridge.quotation.api.QuoteEvents;
import org.offerbridge.webhooks.api.WebhookEvents;
import org.offerbridge.webhooks.api.WebhookPublisher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Turns the quotation capability's committed transitions into webhook messages for the quote's tenant. Events
 * that integrators cannot subscribe to (e.g. quote.created) are left out. A failure to queue is thrown back: the
 * quotation capability has stored the event and tells it again later.
 */
@Component
public class QuoteWebhooks implements QuoteEvents {
    private final WebhookPublisher publisher;

    @Activate
    public QuoteWebhooks(@Reference WebhookPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void quoteEvent(String tenantId, String type, String quoteId, Map<String, Object> payload) {
        queue(null, tenantId, type, quoteId, payload);
    }

    /** Told again after a failure or a crash, the same event is queued once (its id becomes the webhook-id). */
    @Override
    public void quoteEvent(String eventId, String tenantId, String type, String quoteId, Map<String, Object> payload) {
        queue(eventId, tenantId, type, quoteId, payload);
    }

    private void queue(String eventId, String tenantId, String type, String quoteId, Map<String, Object> payload) {
        if (!WebhookEvents.ALL.contains(type)) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("quoteId", quoteId);
        if (payload != null) {
            data.putAll(payload);
        }
        publisher.publishFor(tenantId, eventId, type, data);
    }
}
