package org.offerbridge.catalog.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A choice a customer makes when asking for a product (the "configured design" of a request-for-quote form), with
 * the values it allows, in the order shown.
 *
 * @since 1.1
 */
public record ProductOption(String name, List<Value> values) {

    public ProductOption {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /**
     * One allowed value. {@code priceDelta} is added to the product's unit price (after price lists and volume
     * breaks) when this value is chosen, in the product's currency; zero or null when the value costs nothing extra,
     * negative for a cheaper variant.
     */
    public record Value(String value, BigDecimal priceDelta) {
    }

    /** The allowed value equal to {@code chosen} (exact, then ignoring case). */
    public Optional<Value> value(String chosen) {
        return values.stream().filter(v -> v.value().equals(chosen)).findFirst()
                .or(() -> values.stream().filter(v -> v.value().equalsIgnoreCase(chosen)).findFirst());
    }
}
