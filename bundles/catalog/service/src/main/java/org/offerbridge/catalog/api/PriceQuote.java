package org.offerbridge.catalog.api;

import java.math.BigDecimal;

/**
 * The unit price of a product for a quantity, and why.
 *
 * @param basePrice the product's own price
 * @param ruleId    the pricing rule applied, or null
 * @param basis     how the price came about, e.g. "base", "price-list", "volume-break"
 */
public record PriceQuote(String sku, BigDecimal quantity, BigDecimal unitPrice, BigDecimal basePrice, String currency,
        String priceListId, String ruleId, String basis) {
}
