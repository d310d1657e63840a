package org.offerbridge.quotation.internal;

import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.offerbridge.quotation.api.Origin;
import org.offerbridge.quotation.api.QuoteStatus;
import org.offerbridge.quotation.api.TimelineEvent;

/** Appends and reads a quote's timeline; appends run in the transaction of the step they record. */
final class Timeline {
    private Timeline() {
    }

    static void append(EntityManager em, String quoteId, String type, QuoteStatus from, QuoteStatus to, String actor, Origin origin,
            String detail) {
        TimelineEventEntity e = new TimelineEventEntity();
        e.id = UUID.randomUUID().toString();
        e.quoteId = quoteId;
        e.at = System.currentTimeMillis();
        e.seq = System.nanoTime();
        e.type = type;
        e.fromStatus = from == null ? null : from.id();
        e.toStatus = to == null ? null : to.id();
        e.actor = actor;
        e.address = cut(origin.address(), 64);
        e.userAgent = cut(origin.userAgent(), 300);
        e.detail = cut(detail, 1000);
        em.persist(e);
    }

    static List<TimelineEvent> of(EntityManager em, String quoteId) {
        return em.createQuery("select e from TimelineEventEntity e where e.quoteId = :q order by e.at, e.seq", TimelineEventEntity.class)
                .setParameter("q", quoteId).getResultList().stream()
                .map(e -> new TimelineEvent(e.id, java.time.Instant.ofEpochMilli(e.at), e.type, status(e.fromStatus), status(e.toStatus),
                        e.actor, e.address, e.userAgent, e.detail))
                .toList();
    }

    private static QuoteStatus status(String s) {
        return s == null ? null : QuoteStatus.of(s);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
