package org.offerbridge.quotation.internal;

import java.util.Optional;

import javax.persistence.EntityManager;

import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.Quote;

/** The bound tenant's quote rows as the service's parts read them, each call one tenant-scoped transaction. */
final class QuoteStore {
    final TenantTransactions tx;

    QuoteStore(TenantTransactions tx) {
        this.tx = tx;
    }

    Optional<Quote> get(String id) {
        return Optional.ofNullable(tx.call(em -> {
            QuoteEntity q = find(em, id);
            return q == null ? null : QuoteRecords.quote(q, QuoteRecords.lines(em, q.id));
        }));
    }

    /** The quote, or a 404 (also for another tenant's id). */
    Quote require(String id) {
        return get(id).orElseThrow(() -> notFound(id));
    }

    /** The row in the caller's transaction, or null; ids longer than a UUID are none. */
    static QuoteEntity find(EntityManager em, String id) {
        return id == null || id.length() > 36 ? null : em.find(QuoteEntity.class, id);
    }

    /** The row in the caller's transaction, or a 404. */
    static QuoteEntity require(EntityManager em, String id) {
        QuoteEntity q = find(em, id);
        if (q == null) {
            throw notFound(id);
        }
        return q;
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("Quote " + id);
    }
}
