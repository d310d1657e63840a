package org.offerbridge.webhooks.api;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Publishes an event to the webhook endpoints of the tenant bound in the platform's {@code RequestContext}.
 * It only writes one outbox row per endpoint that subscribed to the event, inside the caller's transaction
 * when one is active, so a rolled-back change sends nothing; delivery happens later, in the background.
 */
@ProviderType
public interface WebhookPublisher {

    /**
     * @param eventType one of {@link WebhookEvents#ALL}
     * @param data      the event's {@code data} object: JSON-serialisable values (strings, numbers, booleans,
     *                  lists, maps); no secrets, since integrators see it as it is
     * @throws IllegalArgumentException for an unknown event type or data that is not serialisable or too large
     */
    void publish(String eventType, Map<String, Object> data);

    /**
     * Publishes another capability's event for {@code tenantId}, which need not be bound: a listener told of a
     * committed change may run where no caller is (e.g. a customer acting on a public page). An {@code eventId} (a
     * UUID, the same each time the source tells the event again) becomes the webhook-id, so the event is queued once
     * however often it is told; with {@code null} every call queues a new message.
     *
     * @throws IllegalArgumentException as {@link #publish(String, Map)}
     * @since 1.2
     */
    void publishFor(String tenantId, String eventId, String eventType, Map<String, Object> data);
}
