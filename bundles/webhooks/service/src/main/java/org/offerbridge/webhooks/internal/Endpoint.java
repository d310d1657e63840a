package org.offerbridge.webhooks.internal;

import java.util.List;

/** An endpoint as staff see it: never with its secret. */
public record Endpoint(String id, String url, List<String> events, String description, boolean enabled, String disabledReason,
        long createdAt, long updatedAt) {

    static Endpoint of(EndpointEntity e) {
        return new Endpoint(e.id, e.url, EndpointRules.splitEvents(e.events), e.description, e.enabled, e.disabledReason, e.createdAt,
                e.updatedAt);
    }

    boolean subscribesTo(String eventType) {
        return events.contains(eventType);
    }
}
