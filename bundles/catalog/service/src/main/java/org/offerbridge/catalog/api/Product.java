package org.offerbridge.catalog.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A product of the bound tenant's catalog.
 *
 * @param price   the base unit price before price lists and volume breaks
 * @param taxRate percent, e.g. 18.00; null when the product carries no tax of its own
 * @param stock   units on hand; null when stock is not tracked
 * @param aliases other names customers use for exactly this item
 * @param options choices a customer makes when asking for it (colour, size, finish), in the order shown; since 1.1
 */
public record Product(String id, String sku, String name, String description, String unit, BigDecimal price,
        String currency, BigDecimal taxRate, BigDecimal stock, List<String> aliases, boolean active, Instant createdAt,
        Instant updatedAt, List<ProductOption> options) {

    public Product {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A product without options (the shape of version 1.0). */
    public Product(String id, String sku, String name, String description, String unit, BigDecimal price, String currency,
            BigDecimal taxRate, BigDecimal stock, List<String> aliases, boolean active, Instant createdAt, Instant updatedAt) {
        this(id, sku, name, description, unit, price, currency, taxRate, stock, aliases, active, createdAt, updatedAt, List.of());
    }

    /** The option of this name (exact, then ignoring case), if the product has it. */
    public java.util.Optional<ProductOption> option(String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst()
                .or(() -> options.stream().filter(o -> o.name().equalsIgnoreCase(name)).findFirst());
    }
}
