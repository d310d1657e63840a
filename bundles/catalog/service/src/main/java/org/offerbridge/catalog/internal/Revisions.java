package org.offerbridge.catalog.internal;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

/** Moves the tenant's catalog revision inside the caller's transaction. */
final class Revisions {
    private Revisions() {
    }

    static void bump(EntityManager em, String tenantId) {
        CatalogRevisionEntity r = em.find(CatalogRevisionEntity.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            r = new CatalogRevisionEntity();
            r.id = tenantId;
            r.revision = 1;
            em.persist(r);
        } else {
            r.revision++;
        }
    }

    static long read(EntityManager em, String tenantId) {
        CatalogRevisionEntity r = em.find(CatalogRevisionEntity.class, tenantId);
        return r == null ? 0 : r.revision;
    }
}
