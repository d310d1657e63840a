package org.offerbridge.quotation.api;

import java.math.BigDecimal;

/**
 * A line as quoted: product, unit, price, discount and tax are snapshots taken when the line was priced.
 *
 * @param unitPrice       per unit before the line discount; tax-inclusive when the quote's prices include tax
 * @param discountPercent 0 up to (not including) 100
 * @param taxRate         percent, e.g. 18
 * @param lineTotal       quantity × unit price less the discount, rounded to the currency's minor units
 */
public record QuoteLine(int position, String productId, String sku, String name, String unit, BigDecimal quantity,
        BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal taxRate, BigDecimal lineTotal) {
}
