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
 */
public record Product(String id, String sku, String name, String description, String unit, BigDecimal price,
        String currency, BigDecimal taxRate, BigDecimal stock, List<String> aliases, boolean active, Instant createdAt,
        Instant updatedAt) {
}
