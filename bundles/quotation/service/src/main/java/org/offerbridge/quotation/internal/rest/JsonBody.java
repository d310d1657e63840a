package org.offerbridge.quotation.internal.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;

import org.offerbridge.platform.api.rest.ProblemException;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed fields of a JSON object body; a wrong type or an unknown field is a 400 naming the field (with its path). */
final class JsonBody {
    private final JsonNode node;
    private final String prefix;

    private JsonBody(JsonNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    static JsonBody of(JsonNode node, Set<String> allowed) {
        return of(node, allowed, "", "body");
    }

    static JsonBody of(JsonNode node, Set<String> allowed, String prefix, String name) {
        if (node == null || !node.isObject()) {
            throw ProblemException.invalid(name, (prefix.isEmpty() ? "The body" : name) + " must be a JSON object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw ProblemException.invalid(prefix + f, "Unknown field '" + prefix + f + "'");
            }
        }
        return new JsonBody(node, prefix);
    }

    static JsonBody optional(JsonNode node, Set<String> allowed) {
        return node == null || node.isNull() || node.isMissingNode() ? null : of(node, allowed);
    }

    boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    JsonNode raw(String field) {
        return node.get(field);
    }

    String path(String field) {
        return prefix + field;
    }

    String text(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ProblemException.invalid(path(field), path(field) + " must be a string");
        }
        return v.asText();
    }

    /** A JSON number or a string such as "4.50". */
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
        throw ProblemException.invalid(path(field), path(field) + " must be a number");
    }

    Boolean bool(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw ProblemException.invalid(path(field), path(field) + " must be true or false");
        }
        return v.asBoolean();
    }

    LocalDate date(String field) {
        String s = text(field);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(path(field), path(field) + " must be a date like 2026-12-31");
        }
    }

    Integer integer(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw ProblemException.invalid(path(field), path(field) + " must be a whole number");
        }
        return v.asInt();
    }

    /** The elements of an array field, each checked to be an object with the allowed fields. */
    java.util.List<JsonBody> objects(String field, Set<String> allowed) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            throw ProblemException.invalid(path(field), path(field) + " must be an array");
        }
        java.util.List<JsonBody> out = new java.util.ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            String at = path(field) + "[" + i + "]";
            out.add(of(v.get(i), allowed, at + ".", at));
        }
        return out;
    }

    JsonBody object(String field, Set<String> allowed) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : of(v, allowed, path(field) + ".", path(field));
    }
}
