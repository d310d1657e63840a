package org.offerbridge.webhooks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void followsTheDocumentedScheduleWithoutJitter() {
        RetrySchedule s = new RetrySchedule(1000, () -> 0.5);
        long[] expected = {5, 300, 1_800, 7_200, 18_000, 36_000, 36_000, 50_400, 72_000, 86_400};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i] * 1000, s.delayAfter(i + 1), "after failure " + (i + 1));
        }
        assertEquals(-1, s.delayAfter(11), "the 11th failed attempt gives the message up");
        assertEquals(11, RetrySchedule.MAX_ATTEMPTS);
    }

    @Test
    void spansAboutThreeAndAHalfDays() {
        long total = RetrySchedule.DELAYS_SECONDS.stream().mapToLong(Long::longValue).sum();
        Duration d = Duration.ofSeconds(total);
        assertTrue(d.compareTo(Duration.ofDays(3)) > 0 && d.compareTo(Duration.ofDays(4)) < 0, d.toString());
    }

    @Test
    void jitterStaysWithinTenPercent() {
        RetrySchedule low = new RetrySchedule(1000, () -> 0.0);
        RetrySchedule high = new RetrySchedule(1000, () -> 0.999999);
        assertEquals(270_000, low.delayAfter(2));
        assertTrue(high.delayAfter(2) <= 330_000 && high.delayAfter(2) > 329_000);
    }

    @Test
    void aSmallerUnitShrinksTheWholeSchedule() {
        RetrySchedule fast = new RetrySchedule(10, () -> 0.5);
        assertEquals(50, fast.delayAfter(1));
        assertEquals(3_000, fast.delayAfter(2));
    }
}
