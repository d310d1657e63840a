package org.offerbridge.webhooks.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The bound tenant's webhook endpoints and delivery log, for views such as the admin UI: the same data and rules as
 * {@code /webhooks/endpoints} and {@code /webhooks/deliveries} (reading for staff, replay for admins).
 */
@ProviderType
public interface WebhookLog {

    /** An endpoint without its secret. */
    record Endpoint(String id, String url, List<String> events, String description, boolean enabled, String disabledReason) {
        public Endpoint {
            events = List.copyOf(events);
        }
    }

    /** One message to one endpoint; {@code status} is pending, delivered or failed. */
    record Delivery(String id, String messageId, String endpointId, String eventType, String status, int attempts, Integer lastStatusCode,
            String lastError, Instant nextAttemptAt, Instant createdAt, Instant deliveredAt) {
    }

    /** One HTTP attempt; {@code trigger} is schedule or replay. */
    record Attempt(String trigger, Instant attemptedAt, long durationMillis, Integer statusCode, String error, String responseBody) {
    }

    record Detail(Delivery delivery, String payload, List<Attempt> attempts) {
        public Detail {
            attempts = List.copyOf(attempts);
        }
    }

    /** The first {@code limit} endpoints by id. */
    List<Endpoint> endpoints(int limit);

    /** Newest first; {@code endpointId} and {@code status} filter when not null. */
    List<Delivery> deliveries(String endpointId, String status, int limit);

    Optional<Detail> delivery(String id);

    /**
     * Sends the message again now, whatever its state (admins; 403 otherwise, 404 for another tenant's delivery, 409
     * when its endpoint is switched off), and returns the delivery with the new attempt.
     */
    Detail replay(String id);
}
