package org.offerbridge.quotation.internal;

import java.util.List;

import javax.persistence.TypedQuery;

import org.offerbridge.platform.api.rest.Page;
import org.offerbridge.platform.api.rest.PageRequest;
import org.offerbridge.quotation.api.Quote;
import org.offerbridge.quotation.api.QuoteStatus;
import org.offerbridge.quotation.api.TimelineEvent;

/** Reading quotes: newest-first pages, optionally of one status, and a quote's timeline. Any role reads. */
final class QuoteListing {
    private final QuoteStore store;

    QuoteListing(QuoteStore store) {
        this.store = store;
    }

    Page<Quote> list(QuoteStatus status, PageRequest page) {
        CreatedCursor after = CreatedCursor.parse(page.after());
        return store.tx.call(em -> {
            StringBuilder jpql = new StringBuilder("select q from QuoteEntity q where 1 = 1");
            if (status != null) {
                jpql.append(" and q.status = :s");
            }
            if (after != null) {
                jpql.append(" and (q.createdAt < :t or (q.createdAt = :t and q.id < :id))");
            }
            jpql.append(" order by q.createdAt desc, q.id desc");
            TypedQuery<QuoteEntity> query = em.createQuery(jpql.toString(), QuoteEntity.class).setMaxResults(page.fetchSize());
            if (status != null) {
                query.setParameter("s", status.id());
            }
            if (after != null) {
                query.setParameter("t", after.createdAt()).setParameter("id", after.id());
            }
            return page.page(query.getResultList(), q -> CreatedCursor.key(q.createdAt, q.id),
                    q -> QuoteRecords.quote(q, QuoteRecords.lines(em, q.id)));
        });
    }

    List<TimelineEvent> timeline(String id) {
        return store.tx.call(em -> {
            QuoteStore.require(em, id);
            return Timeline.of(em, id);
        });
    }
}
