package org.offerbridge.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.offerbridge.catalog.api.ProductOption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A product's options as they are stored in its row: {@code [{"name":"Colour","values":[{"value":"Red"},
 * {"value":"Blue","priceDelta":"2.5"}]}]}, price differences as decimal strings; no options is null (no JSON at all).
 * Written only from values {@link ProductRules} checked.
 */
final class OptionsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OptionsJson() {
    }

    static String write(List<ProductOption> options) {
        if (options == null || options.isEmpty()) {
            return null;
        }
        ArrayNode all = JSON.createArrayNode();
        for (ProductOption o : options) {
            ObjectNode option = all.addObject();
            option.put("name", o.name());
            ArrayNode values = option.putArray("values");
            for (ProductOption.Value v : o.values()) {
                ObjectNode value = values.addObject();
                value.put("value", v.value());
                if (v.priceDelta() != null) {
                    value.put("priceDelta", v.priceDelta().toPlainString());
                }
            }
        }
        try {
            return JSON.writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Options cannot be written as JSON", e);
        }
    }

    static List<ProductOption> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        JsonNode all;
        try {
            all = JSON.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A product's stored options are not JSON", e);
        }
        List<ProductOption> out = new ArrayList<>(all.size());
        for (JsonNode option : all) {
            List<ProductOption.Value> values = new ArrayList<>(option.path("values").size());
            for (JsonNode v : option.path("values")) {
                JsonNode delta = v.get("priceDelta");
                values.add(new ProductOption.Value(v.path("value").asText(),
                        delta == null || delta.isNull() ? null : new BigDecimal(delta.asText())));
            }
            out.add(new ProductOption(option.path("name").asText(), values));
        }
        return List.copyOf(out);
    }
}
