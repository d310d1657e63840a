package org.offerbridge.quotation.ui.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class LineLimitsTest {

    @Test
    void lineLimitsFollowTheService() {
        assertTrue(LineLimits.quantity(new BigDecimal("0.0001")));
        assertTrue(LineLimits.quantity(new BigDecimal("1000000000")));
        assertFalse(LineLimits.quantity(BigDecimal.ZERO));
        assertFalse(LineLimits.quantity(new BigDecimal("0.00001")));
        assertFalse(LineLimits.quantity(new BigDecimal("1000000001")));
        assertFalse(LineLimits.quantity(null));
        assertTrue(LineLimits.discount(null), "no discount");
        assertTrue(LineLimits.discount(BigDecimal.ZERO));
        assertTrue(LineLimits.discount(new BigDecimal("99.99")));
        assertFalse(LineLimits.discount(new BigDecimal("100")));
        assertFalse(LineLimits.discount(new BigDecimal("-1")));
    }
}
