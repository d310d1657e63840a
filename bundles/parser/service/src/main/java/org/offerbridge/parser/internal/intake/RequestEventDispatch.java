package org.offerbridge.parser.internal.intake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.offerbridge.parser.api.RequestEvents;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Tells the {@link RequestEvents} whiteboard of an intake change from inside that change's transaction: a listener
 * that throws rolls the change back (its failure comes back as {@link Refused}), so nothing it queued outlives a
 * rolled-back change and nothing committed goes untold.
 */
@Component(service = RequestEventDispatch.class)
public class RequestEventDispatch {
    private final List<RequestEvents> listeners = new CopyOnWriteArrayList<>();

    /** A listener refused an event; the change it was told in is rolled back. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String type, String requestId, RuntimeException cause) {
            super("A request event listener failed on " + type + " for request " + requestId, cause);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindListener(RequestEvents listener) {
        listeners.add(listener);
    }

    void unbindListener(RequestEvents listener) {
        listeners.remove(listener);
    }

    /** The request left {@code received}: parsed into a proposal or failed. Call inside that transaction. */
    void received(String tenantId, IntakeRequestEntity r) {
        tell(tenantId, RequestEvents.RECEIVED, r, null);
    }

    /** The request was confirmed, with the quote made from it (may be null). Call inside that transaction. */
    void confirmed(String tenantId, IntakeRequestEntity r, String quoteId) {
        tell(tenantId, RequestEvents.CONFIRMED, r, quoteId);
    }

    private void tell(String tenantId, String type, IntakeRequestEntity r, String quoteId) {
        List<RequestEvents> now = List.copyOf(listeners);
        if (now.isEmpty()) {
            return;
        }
        String eventId = eventId(type, r.id);
        Map<String, Object> payload = payload(r, quoteId);
        for (RequestEvents l : now) {
            try {
                l.requestEvent(eventId, tenantId, type, r.id, payload);
            } catch (RuntimeException e) {
                throw new Refused(type, r.id, e);
            }
        }
    }

    /** The same for every telling of one request's event, so a listener keeps it once (e.g. one webhook-id). */
    static String eventId(String type, String requestId) {
        return UUID.nameUUIDFromBytes(("offerbridge:" + type + ":" + requestId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static Map<String, Object> payload(IntakeRequestEntity r, String quoteId) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("status", r.status);
        if (r.channel != null) {
            p.put("channel", r.channel);
        }
        p.put("receivedAt", Instant.ofEpochMilli(r.receivedAt).toString());
        if (r.customerId != null) {
            p.put("customerId", r.customerId);
        }
        if (quoteId != null) {
            p.put("quoteId", quoteId);
        }
        return Collections.unmodifiableMap(p);
    }
}
