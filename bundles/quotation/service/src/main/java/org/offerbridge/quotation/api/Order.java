package org.offerbridge.quotation.api;

import java.time.Instant;
import java.util.List;

/** The order an accepted quote became: a snapshot of its lines and totals. */
public record Order(String id, String number, String quoteId, String quoteNumber, QuoteCustomer customer, String currency,
        boolean pricesIncludeTax, List<QuoteLine> lines, Totals totals, Instant createdAt) {
    public Order {
        lines = List.copyOf(lines);
    }
}
