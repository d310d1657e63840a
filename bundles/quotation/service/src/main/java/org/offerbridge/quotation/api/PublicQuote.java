package org.offerbridge.quotation.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What the customer's public page shows, and nothing internal: no ids of other records, no notes, no approval or
 * staff data. {@code state} tells the page what to offer.
 */
public record PublicQuote(State state, String number, int revision, String sellerName, String customerName, String currency,
        boolean pricesIncludeTax, LocalDate validUntil, List<QuoteLine> lines, Totals totals, String locale) {

    /** OPEN: accept or reject possible; the others are final for this link. */
    public enum State { OPEN, ACCEPTED, REJECTED, EXPIRED, SUPERSEDED }
}
