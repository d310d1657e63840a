package org.offerbridge.quotation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offerbridge.platform.api.rest.ProblemException;

class NumberPatternTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 7);

    @Test
    void formatsDatePartsAndAPaddedSequence() {
        assertEquals("Q-2026-00042", NumberPattern.parse("Q-{yyyy}-{seq:5}", "numberPattern").format(DAY, 42));
        assertEquals("26/03/7", NumberPattern.parse("{yy}/{mm}/{seq}", "numberPattern").format(DAY, 7));
        assertEquals("INV123456", NumberPattern.parse("INV{seq:3}", "numberPattern").format(DAY, 123456));
    }

    @Test
    void theScopeChangesWithTheYearSoTheSequenceRestarts() {
        NumberPattern p = NumberPattern.parse("Q-{yyyy}-{seq:5}", "numberPattern");
        assertNotEquals(p.scope(DAY), p.scope(DAY.plusYears(1)));
        assertEquals(p.scope(DAY), p.scope(DAY.plusDays(1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Q-{yyyy}", "{seq}{seq}", "Q {seq}", "Q-{seq:0}", "Q-{dd}-{seq}", "Q-{yyyy:2}-{seq}",
            "<script>{seq}", "Q-{seq:5}-0123456789012345678901234567890123"})
    void badPatternsAreA400NamingTheField(String pattern) {
        ProblemException e = assertThrows(ProblemException.class, () -> NumberPattern.parse(pattern, "numberPattern"));
        assertEquals(400, e.status());
        assertEquals("numberPattern", e.field());
    }
}
