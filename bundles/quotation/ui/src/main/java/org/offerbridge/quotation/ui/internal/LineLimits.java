package org.offerbridge.quotation.ui.internal;

import java.math.BigDecimal;

/** The quote service's limits for a line, checked before saving so staff see the field at fault at once. */
final class LineLimits {
    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");
    static final int MAX_DECIMALS = 4;
    static final BigDecimal HUNDRED = new BigDecimal("100");

    private LineLimits() {
    }

    /** Above zero, at most {@link #MAX_QUANTITY}, at most {@link #MAX_DECIMALS} decimals. */
    static boolean quantity(BigDecimal q) {
        return q != null && q.signum() > 0 && q.compareTo(MAX_QUANTITY) <= 0 && Math.max(0, q.stripTrailingZeros().scale()) <= MAX_DECIMALS;
    }

    /** Null (none) or from 0 up to, not including, 100 percent. */
    static boolean discount(BigDecimal d) {
        return d == null || (d.signum() >= 0 && d.compareTo(HUNDRED) < 0 && Math.max(0, d.stripTrailingZeros().scale()) <= MAX_DECIMALS);
    }
}
