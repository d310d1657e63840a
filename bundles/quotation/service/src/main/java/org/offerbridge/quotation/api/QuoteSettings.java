package org.offerbridge.quotation.api;

import java.math.BigDecimal;

/**
 * The workspace's quotation settings.
 *
 * @param numberPattern           e.g. {@code Q-{yyyy}-{seq:5}}: literals, {@code {yyyy}}, {@code {yy}}, {@code {mm}}
 *                                and exactly one {@code {seq}} or {@code {seq:N}} (zero-padded to N digits); the
 *                                sequence restarts whenever the text around it changes (e.g. each year)
 * @param validityDays            days a new quote is valid when no date is given
 * @param approvalDiscountPercent a quote with a line discount above this needs an admin's approval before it is
 *                                sent; null for no approval rule
 * @param pricesIncludeTax        whether new quotes show tax-inclusive prices
 * @param defaultTaxRate          the rate for products without their own, percent
 */
public record QuoteSettings(String numberPattern, int validityDays, BigDecimal approvalDiscountPercent, boolean pricesIncludeTax,
        BigDecimal defaultTaxRate) {
    public static final QuoteSettings DEFAULTS = new QuoteSettings("Q-{yyyy}-{seq:5}", 30, null, false, BigDecimal.ZERO);
}
