package org.offerbridge.catalog.internal;

import java.util.Optional;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.offerbridge.platform.api.persistence.TenantColumn;

/**
 * The tenant's catalog revision, moved inside the transaction of every change. The tenant is the one the
 * transaction is bound to (its {@link TenantColumn#PROPERTY}).
 */
final class Revisions {
    private Revisions() {
    }

    /**
     * {@code change} as work for one transaction that also moves the revision when it changed something (a present
     * answer); an empty answer (nothing found) leaves the revision alone.
     */
    static <R> Function<EntityManager, Optional<R>> moving(Function<EntityManager, Optional<R>> change) {
        return em -> {
            Optional<R> done = change.apply(em);
            done.ifPresent(d -> bump(em));
            return done;
        };
    }

    static void bump(EntityManager em) {
        String tenantId = tenant(em);
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

    static long read(EntityManager em) {
        CatalogRevisionEntity r = em.find(CatalogRevisionEntity.class, tenant(em));
        return r == null ? 0 : r.revision;
    }

    private static String tenant(EntityManager em) {
        return (String) em.getProperties().get(TenantColumn.PROPERTY);
    }
}
