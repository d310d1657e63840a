package org.offerbridge.catalog.internal.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.offerbridge.platform.api.rest.ProblemException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads typed fields out of a JSON object body, telling absent from null (PATCH clears with null) and
 * answering a 400 that names the field at fault.
 */
final class JsonFields {
    private final JsonNode node;

    JsonFields(JsonNode node, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw ProblemException.invalid("body", "A JSON object is required");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw ProblemException.invalid(f, "Unknown field '" + f + "'");
            }
        }
        this.node = node;
    }

    boolean has(String field) {
        return node.has(field);
    }

    boolean isNull(String field) {
        return node.has(field) && node.get(field).isNull();
    }

    String text(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ProblemException.invalid(field, field + " must be a string");
        }
        return v.asText();
    }

    /** A number given as a JSON number or a string such as "4.50" (money is exact either way). */
    BigDecimal decimal(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            if (v.isNumber()) {
                return v.decimalValue();
            }
            if (v.isTextual()) {
                return new BigDecimal(v.asText().strip());
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(field, field + " must be a number");
    }

    Boolean bool(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw ProblemException.invalid(field, field + " must be true or false");
        }
        return v.asBoolean();
    }

    List<String> strings(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            throw ProblemException.invalid(field, field + " must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                throw ProblemException.invalid(field, field + " must be an array of strings");
            }
            out.add(e.asText());
        }
        return out;
    }
}
