package org.offerbridge.catalog.api;

import java.math.BigDecimal;

/**
 * A volume break: from {@code minQuantity} units on, the product costs {@code unitPrice}, or the base price
 * less {@code discountPercent} (exactly one of the two is set).
 *
 * @param priceListId the list the rule belongs to, or null for a rule that applies to every customer
 * @param sku         the product, or null for a rule over the whole catalog
 */
public record PricingRule(String id, String priceListId, String sku, BigDecimal minQuantity, BigDecimal unitPrice,
        BigDecimal discountPercent) {
}
