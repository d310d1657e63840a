package org.offerbridge.quotation.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.offerbridge.quotation.api.QuoteEvents;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the {@link QuoteEvents} whiteboard about committed transitions; a failing listener is logged and skipped. */
@Component(service = QuoteEventDispatch.class)
public class QuoteEventDispatch {
    private static final Logger LOG = LoggerFactory.getLogger(QuoteEventDispatch.class);
    private final List<QuoteEvents> listeners = new CopyOnWriteArrayList<>();

    /** One event to tell once the transaction committed. */
    record Event(String type, String quoteId, Map<String, Object> payload) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindListener(QuoteEvents listener) {
        listeners.add(listener);
    }

    void unbindListener(QuoteEvents listener) {
        listeners.remove(listener);
    }

    void publish(String tenantId, List<Event> events) {
        for (Event e : events) {
            for (QuoteEvents l : listeners) {
                try {
                    l.quoteEvent(tenantId, e.type(), e.quoteId(), e.payload());
                } catch (RuntimeException ex) {
                    LOG.warn("A quote event listener failed on {} for quote {}", e.type(), e.quoteId(), ex);
                }
            }
        }
    }
}
