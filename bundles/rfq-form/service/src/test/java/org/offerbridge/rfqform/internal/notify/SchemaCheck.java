package org.offerbridge.rfqform.internal.notify;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The part of JSON Schema the shipped {@code offerbridge.rfq/1} schema uses (type with null, const, enum, pattern,
 * required, properties, additionalProperties, items, minimum, exclusiveMinimum, date-time format), checked strictly:
 * a keyword it does not know is a failure, so the schema cannot outgrow the check unnoticed.
 */
final class SchemaCheck {
    private static final java.util.Set<String> KNOWN = java.util.Set.of("$schema", "$id", "title", "description", "type", "const", "enum",
            "pattern", "required", "properties", "additionalProperties", "items", "minimum", "exclusiveMinimum", "format");

    private SchemaCheck() {
    }

    static List<String> problems(JsonNode schema, JsonNode value) {
        List<String> out = new ArrayList<>();
        check(schema, value, "$", out);
        return out;
    }

    private static void check(JsonNode s, JsonNode v, String at, List<String> out) {
        for (Iterator<String> i = s.fieldNames(); i.hasNext();) {
            String k = i.next();
            if (!KNOWN.contains(k)) {
                out.add(at + ": schema keyword " + k + " is not checked");
            }
        }
        if (s.has("type") && !typeOk(s.get("type"), v)) {
            out.add(at + ": " + v.getNodeType() + " is not " + s.get("type"));
            return;
        }
        if (s.has("const") && !s.get("const").equals(v)) {
            out.add(at + ": not " + s.get("const"));
        }
        if (s.has("enum")) {
            boolean any = false;
            for (JsonNode e : s.get("enum")) {
                any |= e.equals(v);
            }
            if (!any) {
                out.add(at + ": " + v + " not in " + s.get("enum"));
            }
        }
        if (v.isTextual() && s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(v.asText()).find()) {
            out.add(at + ": " + v + " does not match " + s.get("pattern"));
        }
        if (v.isTextual() && s.has("format") && "date-time".equals(s.get("format").asText())) {
            try {
                java.time.OffsetDateTime.parse(v.asText());
            } catch (java.time.format.DateTimeParseException e) {
                out.add(at + ": not a date-time: " + v);
            }
        }
        if (v.isNumber() && s.has("minimum") && v.decimalValue().compareTo(s.get("minimum").decimalValue()) < 0) {
            out.add(at + ": below minimum");
        }
        if (v.isNumber() && s.has("exclusiveMinimum") && v.decimalValue().compareTo(s.get("exclusiveMinimum").decimalValue()) <= 0) {
            out.add(at + ": not above exclusiveMinimum");
        }
        if (v.isObject()) {
            if (s.has("required")) {
                for (JsonNode r : s.get("required")) {
                    if (!v.has(r.asText())) {
                        out.add(at + ": missing " + r.asText());
                    }
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> i = v.fields(); i.hasNext();) {
                Map.Entry<String, JsonNode> f = i.next();
                JsonNode sub = s.has("properties") ? s.get("properties").get(f.getKey()) : null;
                if (sub == null && s.has("additionalProperties")) {
                    sub = s.get("additionalProperties");
                }
                if (sub == null) {
                    if (s.has("properties")) {
                        out.add(at + ": member " + f.getKey() + " is not in the schema");
                    }
                    continue;
                }
                check(sub, f.getValue(), at + "." + f.getKey(), out);
            }
        }
        if (v.isArray() && s.has("items")) {
            int n = 0;
            for (JsonNode e : v) {
                check(s.get("items"), e, at + "[" + n++ + "]", out);
            }
        }
    }

    private static boolean typeOk(JsonNode type, JsonNode v) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeOk(t, v)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "number" -> v.isNumber();
            case "integer" -> v.isIntegralNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> false;
        };
    }
}
