package org.offerbridge.webhooks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AttemptOutcomeTest {
    private final RetrySchedule schedule = new RetrySchedule(1000, () -> 0.5);

    private static DeliveryEntity pending() {
        DeliveryEntity d = new DeliveryEntity();
        d.id = "d1";
        d.messageId = "msg_1";
        d.eventType = "quote.sent";
        d.status = DeliveryEntity.PENDING;
        return d;
    }

    private static EndpointEntity endpoint() {
        EndpointEntity e = new EndpointEntity();
        e.url = "https://hooks.example.com/t/token";
        e.enabled = true;
        return e;
    }

    private static SendResult http(int status) {
        return new SendResult(status, status / 100 == 2 ? null : "HTTP " + status, "", 12);
    }

    @Test
    void failuresFollowTheScheduleThenASuccessDelivers() {
        DeliveryEntity d = pending();
        EndpointEntity e = endpoint();
        assertTrue(AttemptOutcome.apply(d, e, http(500), true, 1_000, schedule, 5).isEmpty());
        assertEquals(1_000 + 5_000, d.nextAttemptAt);
        AttemptOutcome.apply(d, e, http(500), true, 6_000, schedule, 5);
        assertEquals(6_000 + 300_000, d.nextAttemptAt);
        AttemptOutcome.apply(d, e, http(204), true, 306_000, schedule, 5);
        assertEquals(DeliveryEntity.DELIVERED, d.status);
        assertEquals(3, d.attempts);
        assertEquals(306_000L, d.deliveredAt);
        assertEquals(204, d.lastStatusCode);
    }

    @Test
    void theEleventhFailureGivesUpAndTellsTheTenant() {
        DeliveryEntity d = pending();
        EndpointEntity e = endpoint();
        List<Notice> notices = List.of();
        for (int i = 0; i < RetrySchedule.MAX_ATTEMPTS; i++) {
            notices = AttemptOutcome.apply(d, e, SendResult.failed("could not connect", 1), true, i, schedule, 5);
        }
        assertEquals(DeliveryEntity.FAILED, d.status);
        assertEquals(11, d.attempts);
        assertEquals(1, notices.size());
        assertEquals(Notice.Kind.MESSAGE_FAILED, notices.get(0).kind());
        assertEquals("https://hooks.example.com", notices.get(0).origin());
        assertEquals(1, e.failedInARow);
        assertTrue(e.enabled);
    }

    @Test
    void theEndpointIsSwitchedOffAfterNMessagesInARowFailed() {
        EndpointEntity e = endpoint();
        e.failedInARow = 4;
        DeliveryEntity d = pending();
        d.scheduledAttempts = RetrySchedule.MAX_ATTEMPTS - 1;
        List<Notice> notices = AttemptOutcome.apply(d, e, http(503), true, 0, schedule, 5);
        assertFalse(e.enabled);
        assertEquals(2, notices.size());
        assertEquals(Notice.Kind.ENDPOINT_DISABLED, notices.get(1).kind());
    }

    @Test
    void goneSwitchesTheEndpointOffAtOnce() {
        DeliveryEntity d = pending();
        EndpointEntity e = endpoint();
        List<Notice> notices = AttemptOutcome.apply(d, e, http(410), true, 0, schedule, 5);
        assertEquals(DeliveryEntity.FAILED, d.status);
        assertFalse(e.enabled);
        assertEquals("the endpoint answered 410 Gone", e.disabledReason);
        assertEquals(Notice.Kind.ENDPOINT_GONE, notices.get(1).kind());
    }

    @Test
    void aFailedReplayKeepsTheScheduleAndASuccessfulOneDelivers() {
        DeliveryEntity d = pending();
        EndpointEntity e = endpoint();
        AttemptOutcome.apply(d, e, http(500), true, 0, schedule, 5);
        long due = d.nextAttemptAt;
        assertTrue(AttemptOutcome.apply(d, e, http(500), false, 10, schedule, 5).isEmpty());
        assertEquals(due, d.nextAttemptAt);
        assertEquals(2, d.attempts);
        assertEquals(1, d.scheduledAttempts);

        d.status = DeliveryEntity.FAILED;
        AttemptOutcome.apply(d, e, http(200), false, 20, schedule, 5);
        assertEquals(DeliveryEntity.DELIVERED, d.status);
    }
}
