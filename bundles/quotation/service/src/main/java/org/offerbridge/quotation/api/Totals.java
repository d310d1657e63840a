package org.offerbridge.quotation.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The totals of a quote in its currency. {@code net + tax = gross} always holds; {@code discount} is what the
 * line discounts took off (in the same terms as the prices: tax-inclusive when the quote's prices include tax).
 */
public record Totals(BigDecimal net, BigDecimal discount, List<TaxAmount> taxes, BigDecimal tax, BigDecimal gross) {
    public Totals {
        taxes = List.copyOf(taxes);
    }

    /** The tax of one rate: {@code base} is the net amount taxed at {@code rate} percent. */
    public record TaxAmount(BigDecimal rate, BigDecimal base, BigDecimal amount) {
    }
}
