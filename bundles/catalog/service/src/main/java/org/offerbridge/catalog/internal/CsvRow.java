package org.offerbridge.catalog.internal;

import java.math.BigDecimal;
import java.util.List;

import org.offerbridge.catalog.api.ProductOption;

/**
 * One valid line of an import file. Optional columns absent from the header are null here and leave the
 * stored value alone; present but empty cells clear it ({@code clear*} flags).
 */
record CsvRow(long line, String sku, String name, String description, boolean hasDescription, String unit,
        BigDecimal price, String currency, BigDecimal stock, boolean hasStock, BigDecimal taxRate, boolean hasTaxRate,
        List<String> aliases, boolean hasAliases, Boolean active, List<ProductOption> options, boolean hasOptions) {
}
