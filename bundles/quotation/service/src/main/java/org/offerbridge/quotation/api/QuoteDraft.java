package org.offerbridge.quotation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a new quote is made of. Either {@code customerId} (a card of the customers capability) or {@code customer}
 * names the customer. {@code currency}, {@code validUntil} and {@code pricesIncludeTax} may be null: the
 * workspace's defaults apply.
 */
public record QuoteDraft(String customerId, QuoteCustomer customer, String currency, List<LineInput> lines,
        LocalDate validUntil, Boolean pricesIncludeTax, String locale) {

    /**
     * A line by SKU; the price comes from the catalog. {@code discountPercent} may be null (none). {@code options} (option
     * name to value; null or empty for none) must be the product's options with values it allows; their price
     * differences are added to the unit price.
     */
    public record LineInput(String sku, BigDecimal quantity, BigDecimal discountPercent, Map<String, String> options) {
        public LineInput {
            options = options == null || options.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }

        /** A line without options (the shape of version 1.4). */
        public LineInput(String sku, BigDecimal quantity, BigDecimal discountPercent) {
            this(sku, quantity, discountPercent, Map.of());
        }
    }
}
