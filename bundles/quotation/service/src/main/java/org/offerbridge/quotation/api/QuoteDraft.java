package org.offerbridge.quotation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a new quote is made of. Either {@code customerId} (a card of the customers capability) or {@code customer}
 * names the customer. {@code currency}, {@code validUntil} and {@code pricesIncludeTax} may be null: the
 * workspace's defaults apply.
 */
public record QuoteDraft(String customerId, QuoteCustomer customer, String currency, List<LineInput> lines,
        LocalDate validUntil, Boolean pricesIncludeTax, String locale) {

    /** A line by SKU; the price comes from the catalog. {@code discountPercent} may be null (none). */
    public record LineInput(String sku, BigDecimal quantity, BigDecimal discountPercent) {
    }
}
