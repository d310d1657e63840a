package org.offerbridge.webhooks.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies one attempt's result to a delivery and its endpoint: delivered on 2xx; on 410 Gone the message fails
 * and the endpoint is switched off at once; otherwise a scheduled attempt waits for the next step of the
 * schedule, or the message fails when the schedule is exhausted, and the endpoint is switched off after
 * {@code disableAfter} messages in a row failed. A replay never moves the schedule: it only adds an attempt,
 * and delivers the message when it succeeds.
 */
final class AttemptOutcome {
    private AttemptOutcome() {
    }

    static List<Notice> apply(DeliveryEntity d, EndpointEntity e, SendResult r, boolean scheduled, long now, RetrySchedule schedule,
            int disableAfter) {
        List<Notice> notices = new ArrayList<>();
        d.attempts++;
        d.lastStatusCode = r.statusCode();
        d.lastError = r.error();
        d.claimedUntil = 0;
        if (scheduled) {
            d.scheduledAttempts++;
        }
        String origin = e == null ? "(deleted endpoint)" : EndpointRules.origin(e.url);
        if (r.delivered()) {
            d.status = DeliveryEntity.DELIVERED;
            d.deliveredAt = now;
            d.nextAttemptAt = 0;
            if (e != null) {
                e.failedInARow = 0;
            }
            return notices;
        }
        boolean pending = DeliveryEntity.PENDING.equals(d.status);
        if (r.gone()) {
            if (pending) {
                fail(d, origin, notices);
            }
            if (e != null && e.enabled) {
                disable(e, "the endpoint answered 410 Gone", now);
                notices.add(new Notice(Notice.Kind.ENDPOINT_GONE, d.messageId, d.eventType, origin, d.attempts, d.lastError));
            }
            return notices;
        }
        if (!pending || !scheduled) {
            return notices; // a failed replay leaves the schedule (or the given-up message) as it was
        }
        long delay = schedule.delayAfter(d.scheduledAttempts);
        if (delay >= 0) {
            d.nextAttemptAt = now + delay;
            return notices;
        }
        fail(d, origin, notices);
        if (e != null && e.enabled && ++e.failedInARow >= disableAfter) {
            disable(e, e.failedInARow + " messages in a row failed", now);
            notices.add(new Notice(Notice.Kind.ENDPOINT_DISABLED, d.messageId, d.eventType, origin, d.attempts, d.lastError));
        }
        return notices;
    }

    private static void fail(DeliveryEntity d, String origin, List<Notice> notices) {
        d.status = DeliveryEntity.FAILED;
        d.nextAttemptAt = 0;
        notices.add(new Notice(Notice.Kind.MESSAGE_FAILED, d.messageId, d.eventType, origin, d.attempts, d.lastError));
    }

    static void disable(EndpointEntity e, String reason, long now) {
        e.enabled = false;
        e.disabledReason = reason;
        e.updatedAt = now;
    }
}
