package org.offerbridge.quotation.internal;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

/**
 * Hands out the next number of a scope inside the caller's transaction, holding the counter row locked until it
 * commits: numbers are sequential per tenant, and a rolled-back transaction gives its number back.
 */
final class Numbering {
    private Numbering() {
    }

    static long next(EntityManager em, String tenantId, String scope) {
        String id = tenantId + "|" + scope;
        NumberCounterEntity c = em.find(NumberCounterEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            c = new NumberCounterEntity();
            c.id = id;
            c.last = 1;
            em.persist(c);
            // the insert holds the row lock from here on; a racing first insert fails on the key and is retried by its caller
            em.flush();
            return 1;
        }
        c.last++;
        return c.last;
    }
}
