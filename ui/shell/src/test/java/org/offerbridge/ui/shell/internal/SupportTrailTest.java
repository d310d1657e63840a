package org.offerbridge.ui.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.rest.ProblemException;

/** What a session keeps for "Report a problem", and the reference each failure gets. */
class SupportTrailTest {
    private final SupportTrail trail = new SupportTrail(Clock.fixed(Instant.parse("2026-12-07T11:29:58Z"), ZoneOffset.UTC));

    @Test
    void keepsTheLastTenOfEachWithTheirUtcTime() {
        for (int i = 1; i <= 12; i++) {
            trail.action("open quotes/" + i);
            trail.failed("ui-0000000" + (i % 10), "Failure " + i);
        }
        List<String> failures = trail.failures();
        assertEquals(10, failures.size());
        assertEquals("11:29:58Z ui-00000003", failures.get(0));
        assertEquals("11:29:58Z ui-00000002", failures.get(9));
        List<String> actions = trail.actions();
        assertEquals(10, actions.size());
        // failures are actions too, so the report shows what came right before the error
        assertEquals("11:29:58Z open quotes/12", actions.get(8));
        assertEquals("11:29:58Z error: Failure 12", actions.get(9));
        assertEquals("Failure 12", trail.lastError());
    }

    @Test
    void entriesAreOneShortLineAndBlanksAreDropped() {
        trail.action("  ");
        trail.action(null);
        assertTrue(trail.actions().isEmpty());
        trail.action("line\none\ttab");
        assertEquals("11:29:58Z line one tab", trail.actions().get(0));
        String clipped = SupportTrail.clip("x".repeat(500));
        assertEquals(SupportTrail.MAX_TEXT, clipped.length());
        assertTrue(clipped.endsWith("…"));
        assertNull(SupportTrail.clip(" \n "));
    }

    @Test
    void aFailuresReferenceIsTheRequestIdOrTheProblemOrTheLoggedUiReference() {
        ProblemException negative = ProblemException.invalid("price", "price must not be negative").withMessage("field.negative", "price");
        StaffUiSession.Failure f = StaffUiSession.failure(negative, Locale.ENGLISH, null, null);
        assertEquals("400 field.negative price", f.reference());
        assertEquals("req-7", StaffUiSession.failure(negative, Locale.ENGLISH, null, "req-7").reference().split(" ")[0]);
        StaffUiSession.Failure unexpected = StaffUiSession.failure(new IllegalStateException("internal"), Locale.ENGLISH, null, null);
        assertTrue(unexpected.reference().matches("ui-[0-9a-f]{8}"), unexpected.reference());
        // the reference the user reads in the notification is the one the report carries
        assertTrue(unexpected.text().contains(unexpected.reference()), unexpected.text());
        // an unexpected failure of a call the UI gave a request id is logged and shown with that id
        StaffUiSession.Failure inCall = StaffUiSession.failure(new IllegalStateException("internal"), Locale.ENGLISH, null, "req-8");
        assertEquals("req-8", inCall.reference());
        assertTrue(inCall.text().contains("req-8"), inCall.text());
    }
}
