package org.offerbridge.catalog.api;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.offerbridge.platform.api.fields.FieldRules;

/**
 * A product's options as a sender or staff chose them (option name to value): the shape every such map must have, how
 * it reads against the product (its spelling and order), the price difference it makes, and how it reads as text.
 * One place for request intake and quote lines alike.
 *
 * @since 1.1
 */
public final class ChosenOptions {
    public static final int MAX_OPTIONS = 20;
    public static final int MAX_NAME = 100;
    public static final int MAX_VALUE = 200;

    private ChosenOptions() {
    }

    /**
     * At most {@link #MAX_OPTIONS} options, each with a name and a value of single-line text (trimmed); a refusal names
     * {@code field}. Null is empty.
     */
    public static Map<String, String> check(String field, Map<String, String> given) {
        return check(field, given, false);
    }

    /** As {@link #check(String, Map)}; with {@code skipBlank} an option whose value is blank counts as not chosen. */
    public static Map<String, String> check(String field, Map<String, String> given, boolean skipBlank) {
        if (given == null || given.isEmpty()) {
            return Map.of();
        }
        if (given.size() > MAX_OPTIONS) {
            throw FieldRules.invalid(field, "At most " + MAX_OPTIONS + " entries in " + field, "field.tooMany", field, MAX_OPTIONS);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (skipBlank && (e.getValue() == null || e.getValue().isBlank())) {
                continue;
            }
            String name = FieldRules.requiredText(field, e.getKey(), MAX_NAME);
            String value = FieldRules.requiredText(field, e.getValue(), MAX_VALUE);
            if (out.keySet().stream().anyMatch(name::equalsIgnoreCase)) {
                throw FieldRules.invalid(field, field + " names the option '" + name + "' twice", "field.duplicate", field);
            }
            out.put(name, value);
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The chosen options as the product spells them, in the product's order; empty when the product lacks one of the
     * options or does not allow a chosen value.
     */
    public static Optional<Map<String, String>> resolve(Product product, Map<String, String> chosen) {
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

    /** The sum of the chosen values' price differences (zero when none), for options already {@link #resolve resolved}. */
    public static BigDecimal delta(Product product, Map<String, String> resolved) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, String> e : resolved.entrySet()) {
            BigDecimal d = product.option(e.getKey()).flatMap(o -> o.value(e.getValue())).map(ProductOption.Value::priceDelta).orElse(null);
            if (d != null) {
                sum = sum.add(d);
            }
        }
        return sum;
    }

    /** "Colour: Blue, Size: M"; empty for none. */
    public static String text(Map<String, String> options) {
        return text(options, ", ");
    }

    /** The options as "name: value" pairs joined by {@code separator}; empty for none. */
    public static String text(Map<String, String> options, String separator) {
        return options == null ? ""
                : options.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(separator));
    }
}
