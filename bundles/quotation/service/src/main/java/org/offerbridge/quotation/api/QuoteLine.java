package org.offerbridge.quotation.api;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A line as quoted: product, unit, price, discount and tax are snapshots taken when the line was priced.
 *
 * @param unitPrice       per unit before the line discount; tax-inclusive when the quote's prices include tax; includes
 *                        the chosen options' price differences
 * @param discountPercent 0 up to (not including) 100
 * @param taxRate         percent, e.g. 18
 * @param lineTotal       quantity × unit price less the discount, rounded to the currency's minor units
 * @param options         the product's options chosen for the line (option name to value, in the product's order), empty
 *                        when none; since 1.5
 */
public record QuoteLine(int position, String productId, String sku, String name, String unit, BigDecimal quantity,
        BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal taxRate, BigDecimal lineTotal, Map<String, String> options) {

    public QuoteLine {
        options = options == null || options.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** A line without options (the shape of version 1.4). */
    public QuoteLine(int position, String productId, String sku, String name, String unit, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal discountPercent, BigDecimal taxRate, BigDecimal lineTotal) {
        this(position, productId, sku, name, unit, quantity, unitPrice, discountPercent, taxRate, lineTotal, Map.of());
    }
}
