package org.offerbridge.quotation.ui.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.offerbridge.quotation.api.QuoteDraft.LineInput;
import org.offerbridge.quotation.api.QuoteLine;

/**
 * Whether the lines as edited differ from the quote's: saving lines prices them all again from the catalog, so
 * lines typed back to what they were are not sent (and leave no "changed" step on the timeline).
 */
final class LineChanges {
    private LineChanges() {
    }

    /** Same SKUs in the same order with equal quantities, discounts (no discount equals 0 %) and options; null inputs differ. */
    static boolean differ(List<QuoteLine> saved, List<LineInput> edited) {
        if (saved.size() != edited.size()) {
            return true;
        }
        for (int i = 0; i < saved.size(); i++) {
            QuoteLine s = saved.get(i);
            LineInput e = edited.get(i);
            if (e == null || !Objects.equals(s.sku(), e.sku()) || !same(s.quantity(), e.quantity())
                    || !same(orZero(s.discountPercent()), orZero(e.discountPercent())) || !s.options().equals(e.options())) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }

    private static BigDecimal orZero(BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }
}
