package org.offerbridge.platform.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class JsonNumbersTest {
    @Test
    void quantitiesArePlainNumbersWithoutTrailingZerosOrExponents() {
        assertEquals("20", JsonNumbers.quantity(new BigDecimal("2E+1")).toString());
        assertEquals("2.5", JsonNumbers.quantity(new BigDecimal("2.50")).toString());
        assertEquals("12", JsonNumbers.quantity(new BigDecimal("12.0000")).toString());
        assertNull(JsonNumbers.quantity(null));
    }

    @Test
    void ratesAndMoneyAreDecimalStrings() {
        assertEquals("18", JsonNumbers.decimal(new BigDecimal("18.00")));
        assertEquals("4.50", JsonNumbers.money(new BigDecimal("4.5"), "EUR"));
        assertEquals("1001", JsonNumbers.money(new BigDecimal("1001.0"), "JPY"));
        assertEquals("0.0125", JsonNumbers.money(new BigDecimal("0.0125"), "INR"));
        assertEquals("1200.000", JsonNumbers.money(new BigDecimal("1200"), "BHD"));
    }
}
