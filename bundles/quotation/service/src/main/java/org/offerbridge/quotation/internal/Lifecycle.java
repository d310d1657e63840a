package org.offerbridge.quotation.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.QuoteStatus;

/**
 * The quote lifecycle: draft → sent → viewed → accepted | rejected | expired; sent and viewed quotes may also be
 * superseded by a revision. Everything else is a 409.
 */
public final class Lifecycle {
    private static final Map<QuoteStatus, Set<QuoteStatus>> NEXT = Map.of(
            QuoteStatus.DRAFT, EnumSet.of(QuoteStatus.SENT),
            QuoteStatus.SENT, EnumSet.of(QuoteStatus.VIEWED, QuoteStatus.ACCEPTED, QuoteStatus.REJECTED, QuoteStatus.EXPIRED,
                    QuoteStatus.SUPERSEDED),
            QuoteStatus.VIEWED, EnumSet.of(QuoteStatus.ACCEPTED, QuoteStatus.REJECTED, QuoteStatus.EXPIRED, QuoteStatus.SUPERSEDED),
            QuoteStatus.ACCEPTED, EnumSet.noneOf(QuoteStatus.class),
            QuoteStatus.REJECTED, EnumSet.noneOf(QuoteStatus.class),
            QuoteStatus.EXPIRED, EnumSet.noneOf(QuoteStatus.class),
            QuoteStatus.SUPERSEDED, EnumSet.noneOf(QuoteStatus.class));

    private Lifecycle() {
    }

    public static boolean allows(QuoteStatus from, QuoteStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Throws a 409 naming both statuses when the transition is not allowed. */
    public static void require(QuoteStatus from, QuoteStatus to) {
        if (!allows(from, to)) {
            throw new ProblemException(409, "illegal-transition", "Conflict",
                    "A " + from.id() + " quote cannot become " + to.id(), "status");
        }
    }

    /** Sent or viewed: the customer may still decide, and staff may revise. */
    public static boolean isOpen(QuoteStatus s) {
        return s == QuoteStatus.SENT || s == QuoteStatus.VIEWED;
    }
}
