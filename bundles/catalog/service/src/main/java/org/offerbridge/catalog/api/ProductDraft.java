package org.offerbridge.catalog.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * Values for creating a product or changing one. For a change, null means "leave as it is"; {@link #clearStock}
 * and {@link #clearTaxRate} say that an absent value should be removed rather than kept. {@code options} replaces
 * the product's options when not null (an empty list removes them); since 1.1.
 */
public record ProductDraft(String sku, String name, String description, String unit, BigDecimal price, String currency,
        BigDecimal taxRate, BigDecimal stock, List<String> aliases, Boolean active, boolean clearStock,
        boolean clearTaxRate, List<ProductOption> options) {

    /** A draft that leaves the options as they are (the shape of version 1.0). */
    public ProductDraft(String sku, String name, String description, String unit, BigDecimal price, String currency,
            BigDecimal taxRate, BigDecimal stock, List<String> aliases, Boolean active, boolean clearStock, boolean clearTaxRate) {
        this(sku, name, description, unit, price, currency, taxRate, stock, aliases, active, clearStock, clearTaxRate, null);
    }

    public static ProductDraft of(String sku, String name, String unit, BigDecimal price, String currency) {
        return new ProductDraft(sku, name, null, unit, price, currency, null, null, null, null, false, false, null);
    }
}
