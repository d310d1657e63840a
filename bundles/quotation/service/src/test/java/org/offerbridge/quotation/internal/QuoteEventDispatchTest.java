package org.offerbridge.quotation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuoteEventDispatchTest {

    @Test
    void theRelayWaitsTheRetryDelayThenDoublesUpToAnHour() {
        assertEquals(30_000, QuoteEventDispatch.pause(1, 30_000));
        assertEquals(60_000, QuoteEventDispatch.pause(2, 30_000));
        assertEquals(120_000, QuoteEventDispatch.pause(3, 30_000));
        assertEquals(3_600_000, QuoteEventDispatch.pause(8, 30_000));
        assertEquals(3_600_000, QuoteEventDispatch.pause(500, 30_000));
    }

    @Test
    void aTinyOrZeroRetryDelayStillPausesASecond() {
        assertEquals(1_000, QuoteEventDispatch.pause(1, 0));
        assertEquals(2_000, QuoteEventDispatch.pause(2, 200));
    }
}
