package org.offerbridge.catalog.internal.rest;

import java.io.IOException;
import java.math.BigDecimal;

import org.offerbridge.platform.api.fields.FieldRules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A decimal field of a request body, written as a JSON number ({@code 4.5}) or a string ({@code "4.50"}): money is
 * exact either way. Kept as its text until {@link #value} parses it with the platform's rule, so a bad number is a 400
 * naming the field; any other JSON type is the gateway's "wrong type" 400 naming the field.
 */
@JsonDeserialize(using = JsonDecimal.Reader.class)
public record JsonDecimal(String text) {

    /** The number, or null when blank; a 400 naming {@code field} when it is not one. */
    public BigDecimal value(String field) {
        return FieldRules.parseDecimal(field, text);
    }

    /** As {@link #value}, for a field that may be absent ({@code d} null). */
    public static BigDecimal value(String field, JsonDecimal d) {
        return d == null ? null : d.value(field);
    }

    /** Reads a number's own text (never through a double) or a string. */
    public static final class Reader extends JsonDeserializer<JsonDecimal> {
        @Override
        public JsonDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_STRING) {
                return new JsonDecimal(p.getText());
            }
            return (JsonDecimal) ctxt.handleUnexpectedToken(JsonDecimal.class, p);
        }
    }
}
