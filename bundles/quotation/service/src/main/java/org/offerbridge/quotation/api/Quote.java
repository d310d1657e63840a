package org.offerbridge.quotation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quote with its lines and totals as staff see it. {@code number} carries the revision ({@code Q-2026-00012-R2}
 * for revision 2); {@code baseNumber} is the same for all revisions. {@code approvalRequired} is true while a
 * discount above the workspace's threshold still needs an admin's approval.
 *
 * @param previousId     the revision this one replaced, or null
 * @param supersededById the revision that replaced this one, or null
 * @param requestId      the intake request this quote came from, or null
 * @param orderId        the order made when the customer accepted, or null
 * @param locale         the customer's language for the public page and documents (BCP 47), or null
 */
public record Quote(String id, String number, String baseNumber, int revision, QuoteStatus status, QuoteCustomer customer,
        String currency, boolean pricesIncludeTax, LocalDate validUntil, List<QuoteLine> lines, Totals totals,
        boolean approvalRequired, String approvedBy, Instant approvedAt, String previousId, String supersededById,
        String requestId, String orderId, String locale, Instant createdAt, Instant updatedAt, Instant sentAt,
        Instant viewedAt, Instant decidedAt, String acceptedName, String rejectionReason) {

    public Quote {
        lines = List.copyOf(lines);
    }
}
