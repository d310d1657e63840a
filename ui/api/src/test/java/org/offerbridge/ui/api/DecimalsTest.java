package org.offerbridge.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void readsTheLocalesDecimalSeparator() {
        assertEquals(new BigDecimal("2.5"), Decimals.parse("2.5", Locale.ENGLISH));
        assertEquals(new BigDecimal("2.5"), Decimals.parse(" 2,5 ", Locale.GERMAN));
        assertEquals(new BigDecimal("12"), Decimals.parse("12.000", Locale.ENGLISH));
        assertNull(Decimals.parse("  ", Locale.ENGLISH));
    }

    @Test
    void rejectsWhatIsNoNumber() {
        assertThrows(NumberFormatException.class, () -> Decimals.parse("12 pcs", Locale.ENGLISH));
        assertThrows(NumberFormatException.class, () -> Decimals.parse("abc", Locale.ENGLISH));
    }

    @Test
    void showsWithoutTrailingZerosOrGrouping() {
        assertEquals("12", Decimals.format(new BigDecimal("12.0000"), Locale.ENGLISH));
        assertEquals("7,5", Decimals.format(new BigDecimal("7.50"), Locale.GERMAN));
        assertEquals("1500000", Decimals.format(new BigDecimal("1500000"), Locale.ENGLISH));
        assertEquals("", Decimals.format(null, Locale.ENGLISH));
    }
}
