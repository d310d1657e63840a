package org.offerbridge.webhooks.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON body of a message: {@code {"type": ..., "timestamp": ISO-8601, "data": {...}}}. */
final class EventBodies {
    /** Webhooks announce changes; integrators fetch details over the API. */
    static final int MAX_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventBodies() {
    }

    /** @throws IllegalArgumentException when the data cannot be written as JSON or is larger than {@link #MAX_BYTES} */
    static String body(String type, Instant timestamp, Map<String, Object> data) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("type", type);
        root.put("timestamp", timestamp.toString());
        root.put("data", data == null ? Map.of() : data);
        String body;
        try {
            body = JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data is not serialisable as JSON", e);
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("event body is larger than " + MAX_BYTES + " bytes");
        }
        return body;
    }
}
