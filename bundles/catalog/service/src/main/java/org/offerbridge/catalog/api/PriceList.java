package org.offerbridge.catalog.api;

import java.math.BigDecimal;

/**
 * A named set of prices for a group of customers (e.g. "Wholesale"): a list-wide discount plus its own
 * pricing rules.
 *
 * @param discountPercent applied to the base price when no rule of the list matches; 0 for none
 */
public record PriceList(String id, String name, String description, BigDecimal discountPercent, boolean active) {
}
