package org.offerbridge.parser.api;

import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard: every registered service is told of a request's intake events (webhooks). Unlike quote events, these
 * are told <em>inside</em> the transaction of the change itself, on the thread that made it, with the tenant bound:
 * what a listener writes through its own transactional service (one over the same JTA data source, such as the
 * webhooks' {@code publishFor}) commits or rolls back with the change. So a listener
 * <ul>
 * <li>only writes to the database through such a service: no remote calls, mail or other work that cannot be undone;</li>
 * <li>is quick, since the change's rows stay locked while it runs;</li>
 * <li>may refuse an event by throwing: the change is rolled back and the caller sees the failure.</li>
 * </ul>
 * Each event is told once per committed change; the {@code eventId} is derived from the request and the type, so an
 * event told again (a change retried after a rollback) carries the same id and a listener can keep it once.
 *
 * @since 1.2
 */
@ConsumerType
public interface RequestEvents {
    /** A stored request was parsed into a proposal, or its parse failed: told once per request. */
    String RECEIVED = "request.received";
    /** Staff confirmed a request; the payload names the draft quote made from it, where there is one. */
    String CONFIRMED = "request.confirmed";

    /**
     * @param eventId  stable for this request and type (a UUID)
     * @param type     {@link #RECEIVED} or {@link #CONFIRMED}
     * @param payload  a few plain values: {@code status}, {@code channel}, {@code receivedAt}, {@code customerId} and,
     *                 on confirm, {@code quoteId} (each only when set); strings only, no sender details or text
     */
    void requestEvent(String eventId, String tenantId, String type, String requestId, Map<String, Object> payload);
}
