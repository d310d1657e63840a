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
        if (eventType == null || !WebhookEvents.ALL.contains(eventType)) {
            throw new IllegalArgumentException("unknown webhook event type: " + eventType);
        }
        int queued = outbox.publish(eventType, data);
        LOG.debug("Webhook event {} queued for {} endpoint(s)", eventType, queued);
    }
}
