package org.offerbridge.quotation.internal;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.offerbridge.catalog.api.Product;
import org.offerbridge.catalog.api.ProductOption;
import org.offerbridge.platform.api.fields.FieldRules;

/** A quote line's chosen product options: their shape, how they read against the product, and the price difference. */
final class LineOptions {
    static final int MAX_OPTIONS = 20;
    static final int MAX_NAME = 100;
    static final int MAX_VALUE = 200;

    private LineOptions() {
    }

    /** At most {@link #MAX_OPTIONS} options of single-line names and values (trimmed), no name twice; null is none. */
    static Map<String, String> check(String field, Map<String, String> given) {
        if (given == null || given.isEmpty()) {
            return Map.of();
        }
        if (given.size() > MAX_OPTIONS) {
            throw FieldRules.invalid(field, "At most " + MAX_OPTIONS + " entries in " + field, "field.tooMany", field, MAX_OPTIONS);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            String name = FieldRules.requiredText(field, e.getKey(), MAX_NAME);
            String value = FieldRules.requiredText(field, e.getValue(), MAX_VALUE);
            if (out.keySet().stream().anyMatch(name::equalsIgnoreCase)) {
                throw FieldRules.invalid(field, field + " names the option '" + name + "' twice", "field.duplicate", field);
            }
            out.put(name, value);
        }
        return Collections.unmodifiableMap(out);
    }

    /** The options as the product spells and orders them; empty when it lacks an option or does not allow a value. */
    static Optional<Map<String, String>> resolve(Product product, Map<String, String> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return Optional.of(Map.of());
        }
        Map<ProductOption, ProductOption.Value> found = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : chosen.entrySet()) {
            Optional<ProductOption> option = product.option(e.getKey());
            Optional<ProductOption.Value> value = option.flatMap(o -> o.value(e.getValue()));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            found.put(option.get(), value.get());
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (ProductOption o : product.options()) {
            ProductOption.Value v = found.get(o);
            if (v != null) {
                out.put(o.name(), v.value());
            }
        }
        return Optional.of(Collections.unmodifiableMap(out));
    }

    /** The sum of the resolved values' price differences; zero for none. */
    static BigDecimal delta(Product product, Map<String, String> resolved) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, String> e : resolved.entrySet()) {
            BigDecimal d = product.option(e.getKey()).flatMap(o -> o.value(e.getValue())).map(ProductOption.Value::priceDelta).orElse(null);
            if (d != null) {
                sum = sum.add(d);
            }
        }
        return sum;
    }

    /** "Colour: Blue · Size: M"; empty for none. */
    static String text(Map<String, String> options) {
        return options == null ? "" : options.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(" · "));
    }
}
