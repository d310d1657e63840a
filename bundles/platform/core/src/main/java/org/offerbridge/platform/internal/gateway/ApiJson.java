package org.offerbridge.platform.internal.gateway;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The API's one Jackson configuration, shared by the JSON provider, problem bodies and idempotent replays,
 * so a replayed answer is byte-for-byte what the provider wrote. Strict on input: an unknown field is a
 * 400 naming it, so a typo in a field name is reported instead of silently ignored.
 */
final class ApiJson {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // 20, never 2E+1: decimals are written as people and spreadsheets read them
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private ApiJson() {
    }
}
