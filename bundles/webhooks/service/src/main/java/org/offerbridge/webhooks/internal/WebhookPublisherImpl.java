package org.offerbridge.webhooks.internal;

import java.util.Map;

import org.offerbridge.webhooks.api.WebhookEvents;
import org.offerbridge.webhooks.api.WebhookPublisher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The exported publisher: checks the event type, then queues in the caller's transaction. */
@Component(service = WebhookPublisher.class)
public class WebhookPublisherImpl implements WebhookPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookPublisherImpl.class);
    private final Outbox outbox;

    @Activate
    public WebhookPublisherImpl(@Reference Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(String eventType, Map<String, Object> data) {
        int queued = outbox.publish(known(eventType), data);
        LOG.debug("Webhook event {} queued for {} endpoint(s)", eventType, queued);
    }

    @Override
    public void publishFor(String tenantId, String eventId, String eventType, Map<String, Object> data) {
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("tenantId is required");
        }
        int queued = eventId == null ? outbox.publish(tenantId, known(eventType), data)
                : outbox.publishOnce(tenantId, eventId, known(eventType), data);
        LOG.debug("Webhook event {} of tenant {} queued for {} endpoint(s)", eventType, tenantId, queued);
    }

    private static String known(String eventType) {
        if (eventType == null || !WebhookEvents.ALL.contains(eventType)) {
            throw new IllegalArgumentException("unknown webhook event type: " + eventType);
        }
        return eventType;
    }
}
