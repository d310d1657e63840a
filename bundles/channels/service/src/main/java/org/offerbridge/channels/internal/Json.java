package org.offerbridge.channels.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.offerbridge.channels.api.Message.Attachment;
import org.offerbridge.channels.spi.InboundBatch.InboundItem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON kept in columns: settings maps and attachment lists. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };
    /** As stored: the API record has two constructors, so Jackson reads this one and it is mapped. */
    private record StoredAttachment(String id, String name, String contentType, Long size, String status, String reason) {
    }

    private static final TypeReference<List<StoredAttachment>> ATTACHMENTS = new TypeReference<>() {
    };

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable: " + value.getClass().getSimpleName(), e);
        }
    }

    static Map<String, String> map(String json) {
        if (json == null || json.isEmpty()) {
            return Map.of();
        }
        try {
            return MAPPER.readValue(json, MAP);
        } catch (IOException e) {
            throw new IllegalStateException("a stored settings value is not JSON", e);
        }
    }

    private static final TypeReference<List<InboundItem>> ITEMS = new TypeReference<>() {
    };

    /** The products a message's sender chose, as stored with it; none for a column that is empty or unreadable. */
    static List<InboundItem> items(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return MAPPER.readValue(json, ITEMS);
        } catch (IOException e) {
            return List.of();
        }
    }

    static List<Attachment> attachments(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return MAPPER.readValue(json, ATTACHMENTS).stream()
                    .map(a -> new Attachment(a.id(), a.name(), a.contentType(), a.size(), a.status(), a.reason())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
