package org.offerbridge.webhooks.internal;

import java.time.Instant;
import java.util.List;


import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON shapes of /webhooks; times are ISO-8601. Secrets appear only in {@link CreatedEndpoint} and {@link NewSecret}. */
public final class WebhookViews {
    private WebhookViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EndpointView(String id, String url, List<String> events, String description, boolean enabled, String disabledReason,
            String createdAt, String updatedAt) {
    }

    /** The answer to a create: the endpoint and its secret, shown this once. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CreatedEndpoint(String id, String url, List<String> events, String description, boolean enabled, String createdAt,
            String updatedAt, String secret) {
        @Override
        public String toString() {
            return "CreatedEndpoint[id=" + id + ", secret=***]";
        }
    }

    public record NewSecret(String id, String secret) {
        @Override
        public String toString() {
            return "NewSecret[id=" + id + ", secret=***]";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeliveryView(String id, String messageId, String endpointId, String eventType, String status, int attempts,
            Integer lastStatusCode, String lastError, String nextAttemptAt, String createdAt, String deliveredAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttemptView(String id, String trigger, String attemptedAt, long durationMillis, Integer statusCode, String error,
            String responseBody) {
    }

    /** One delivery with the exact body sent and every attempt, oldest first. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeliveryDetail(String id, String messageId, String endpointId, String eventType, String status, int attempts,
            Integer lastStatusCode, String lastError, String nextAttemptAt, String createdAt, String deliveredAt, String payload,
            List<AttemptView> attemptLog) {
    }

    static EndpointView view(Endpoint e) {
        return new EndpointView(e.id(), e.url(), e.events(), e.description(), e.enabled(), e.disabledReason(), time(e.createdAt()),
                time(e.updatedAt()));
    }

    static CreatedEndpoint created(Endpoint e, String secret) {
        return new CreatedEndpoint(e.id(), e.url(), e.events(), e.description(), e.enabled(), time(e.createdAt()), time(e.updatedAt()),
                secret);
    }

    static DeliveryView view(DeliveryLog.Summary s) {
        return new DeliveryView(s.id(), s.messageId(), s.endpointId(), s.eventType(), s.status(), s.attempts(), s.lastStatusCode(),
                s.lastError(), time(s.nextAttemptAt()), time(s.createdAt()), time(s.deliveredAt()));
    }

    static DeliveryDetail view(DeliveryLog.Detail d) {
        DeliveryLog.Summary s = d.summary();
        return new DeliveryDetail(s.id(), s.messageId(), s.endpointId(), s.eventType(), s.status(), s.attempts(), s.lastStatusCode(),
                s.lastError(), time(s.nextAttemptAt()), time(s.createdAt()), time(s.deliveredAt()), d.payload(),
                d.attempts().stream().map(WebhookViews::view).toList());
    }

    static AttemptView view(DeliveryLog.Attempt a) {
        return new AttemptView(a.id(), a.trigger(), time(a.attemptedAt()), a.durationMillis(), a.statusCode(), a.error(), a.responseBody());
    }

    static String time(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis).toString();
    }
}
