package org.offerbridge.webhooks.requests.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.offerbridge.parser.api.RequestEvents;
import org.offerbridge.webhooks.api.WebhookEvents;
import org.offerbridge.webhooks.api.WebhookPublisher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Turns request intake events into webhook messages for the request's tenant. It is told inside the intake change's
 * transaction and the publisher writes its outbox rows in that same transaction, so a message is queued exactly when
 * the change commits. A failure to queue is thrown back: the change rolls back rather than go untold.
 */
@Component
public class RequestWebhooks implements RequestEvents {
    private final WebhookPublisher publisher;

    @Activate
    public RequestWebhooks(@Reference WebhookPublisher publisher) {
        this.publisher = publisher;
    }

    /** The event id becomes the webhook-id, so an event told again is queued once. */
    @Override
    public void requestEvent(String eventId, String tenantId, String type, String requestId, Map<String, Object> payload) {
        if (type == null || !WebhookEvents.ALL.contains(type)) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", requestId);
        if (payload != null) {
            data.putAll(payload);
        }
        publisher.publishFor(tenantId, eventId, type, data);
    }
}
