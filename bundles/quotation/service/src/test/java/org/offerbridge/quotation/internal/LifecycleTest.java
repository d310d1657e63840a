package org.offerbridge.quotation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.QuoteStatus;

class LifecycleTest {

    @ParameterizedTest
    @CsvSource({"DRAFT,SENT", "SENT,VIEWED", "SENT,ACCEPTED", "SENT,REJECTED", "SENT,EXPIRED", "SENT,SUPERSEDED",
            "VIEWED,ACCEPTED", "VIEWED,REJECTED", "VIEWED,EXPIRED", "VIEWED,SUPERSEDED"})
    void allowed(QuoteStatus from, QuoteStatus to) {
        assertTrue(Lifecycle.allows(from, to));
    }

    @ParameterizedTest
    @CsvSource({"DRAFT,ACCEPTED", "DRAFT,VIEWED", "DRAFT,EXPIRED", "VIEWED,VIEWED", "VIEWED,SENT", "ACCEPTED,REJECTED",
            "REJECTED,ACCEPTED", "EXPIRED,ACCEPTED", "SUPERSEDED,ACCEPTED", "ACCEPTED,SUPERSEDED", "SENT,DRAFT"})
    void refusedWithA409(QuoteStatus from, QuoteStatus to) {
        assertFalse(Lifecycle.allows(from, to));
        assertEquals(409, assertThrows(ProblemException.class, () -> Lifecycle.require(from, to)).status());
    }

    @Test
    void finalStatesGoNowhere() {
        for (QuoteStatus end : new QuoteStatus[] {QuoteStatus.ACCEPTED, QuoteStatus.REJECTED, QuoteStatus.EXPIRED, QuoteStatus.SUPERSEDED}) {
            for (QuoteStatus to : QuoteStatus.values()) {
                assertFalse(Lifecycle.allows(end, to), end + " -> " + to);
            }
        }
    }
}
