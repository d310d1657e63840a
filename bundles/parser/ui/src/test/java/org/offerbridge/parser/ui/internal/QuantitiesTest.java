package org.offerbridge.parser.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class QuantitiesTest {

    @Test
    void parsesInTheUsersLocale() {
        assertEquals(new BigDecimal("2.5"), Quantities.parse("2.5", Locale.ENGLISH));
        assertEquals(new BigDecimal("2.5"), Quantities.parse(" 2,5 ", Locale.GERMAN));
        assertEquals(new BigDecimal("1E+1"), Quantities.parse("10", Locale.ENGLISH));
        assertNull(Quantities.parse("  ", Locale.ENGLISH));
    }

    @Test
    void rejectsWhatIsNotOneNumber() {
        assertThrows(NumberFormatException.class, () -> Quantities.parse("2.5", Locale.GERMAN), "not read as 25");
        assertThrows(NumberFormatException.class, () -> Quantities.parse("1,000", Locale.ENGLISH));
        assertThrows(NumberFormatException.class, () -> Quantities.parse("10 pcs", Locale.ENGLISH));
        assertThrows(NumberFormatException.class, () -> Quantities.parse("ten", Locale.ENGLISH));
    }

    @Test
    void acceptsPositiveBelowTheMaximum() {
        assertTrue(Quantities.acceptable(new BigDecimal("0.5")));
        assertFalse(Quantities.acceptable(BigDecimal.ZERO));
        assertFalse(Quantities.acceptable(new BigDecimal("-1")));
        assertTrue(Quantities.acceptable(Quantities.MAX));
        assertFalse(Quantities.acceptable(Quantities.MAX.add(new BigDecimal("0.0001"))));
        assertTrue(Quantities.acceptable(new BigDecimal("0.0001")));
        assertFalse(Quantities.acceptable(new BigDecimal("0.00001")), "at most 4 decimals");
        assertTrue(Quantities.acceptable(new BigDecimal("1E+3")));
        assertFalse(Quantities.acceptable(null));
    }

    @Test
    void formatsWithoutGroupingOrTrailingZeros() {
        assertEquals("1000", Quantities.format(new BigDecimal("1000.00"), Locale.ENGLISH));
        assertEquals("2,5", Quantities.format(new BigDecimal("2.50"), Locale.GERMAN));
        assertEquals("", Quantities.format(null, Locale.ENGLISH));
        assertEquals("5.10", Quantities.formatPrice("5.1", Locale.ENGLISH));
        assertEquals("5,10", Quantities.formatPrice("5.10", Locale.GERMAN));
        assertEquals("", Quantities.formatPrice(null, Locale.GERMAN));
    }
}
