package org.offerbridge.quotation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeliveryBackoffTest {

    @Test
    void eachFailureWaitsLongerAndTheLastGivesUp() {
        DeliveryBackoff b = new DeliveryBackoff(1_000);
        long total = 0;
        long previous = 0;
        for (int failed = 1; failed < DeliveryBackoff.MAX_ATTEMPTS; failed++) {
            long d = b.delayAfter(failed);
            assertTrue(d > previous, "after " + failed + " failures: " + d);
            previous = d;
            total += d;
        }
        assertEquals(-1, b.delayAfter(DeliveryBackoff.MAX_ATTEMPTS));
        assertEquals(60_000, b.delayAfter(1));
        // about two days of trying: long enough for a mail server's maintenance, short of a quote's validity
        assertTrue(total > 40L * 3600 * 1000 && total < 50L * 3600 * 1000, "total " + total);
    }

    @Test
    void theUnitScalesTheWholeScheduleForTests() {
        assertEquals(600, new DeliveryBackoff(10).delayAfter(1));
        assertEquals(-1, new DeliveryBackoff(10).delayAfter(0));
    }
}
