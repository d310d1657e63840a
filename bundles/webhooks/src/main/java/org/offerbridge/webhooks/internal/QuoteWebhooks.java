package org.offerbridge.webhooks.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.offerbridge.quotation.api.QuoteEvents;
import org.offerbridge.webhooks.api.WebhookEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the quotation capability's committed transitions into webhook messages for the quote's tenant. Events
 * that integrators cannot subscribe to (e.g. quote.created) are left out.
 */
@Component
public class QuoteWebhooks implements QuoteEvents {
    private static final Logger LOG = LoggerFactory.getLogger(QuoteWebhooks.class);
    private final Outbox outbox;

    @Activate
    public QuoteWebhooks(@Reference Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void quoteEvent(String tenantId, String type, String quoteId, Map<String, Object> payload) {
        if (!WebhookEvents.ALL.contains(type)) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("quoteId", quoteId);
        if (payload != null) {
            data.putAll(payload);
        }
        try {
            outbox.publish(tenantId, type, data);
        } catch (RuntimeException e) {
            // the quote's change has committed; a lost notification is logged, never thrown back at it
            LOG.warn("Could not queue webhook {} for quote {}: {}", type, quoteId, e.getMessage());
        }
    }
}
