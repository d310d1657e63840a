package org.offerbridge.platform.api.persistence;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.offerbridge.platform.api.RequestContext;

/**
 * Runs JPA work in a transaction scoped to the bound tenant. Each capability wraps its own persistence
 * unit's {@link JpaTemplate} in one of these; it is the only way capability code reaches an EntityManager.
 * With no tenant bound it throws before touching the database (fail closed).
 */
public final class TenantTransactions {
    private final JpaTemplate jpa;
    private final RequestContext context;

    public TenantTransactions(JpaTemplate jpa, RequestContext context) {
        this.jpa = Objects.requireNonNull(jpa);
        this.context = Objects.requireNonNull(context);
    }

    /** Runs {@code work} for the tenant bound to the current request and returns its result. */
    public <R> R call(Function<EntityManager, R> work) {
        return callAs(context.require().tenantId(), work);
    }

    public void run(Consumer<EntityManager> work) {
        call(em -> {
            work.accept(em);
            return null;
        });
    }

    /** For jobs that act for a tenant named explicitly (e.g. a scheduled job iterating tenants). */
    public <R> R callAs(String tenantId, Function<EntityManager, R> work) {
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("tenantId is required");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            Object bound = em.getProperties().get(TenantColumn.PROPERTY);
            if (bound != null && !tenantId.equals(bound)) {
                // A nested call for another tenant inside one transaction would mix tenants: refuse.
                throw new IllegalStateException("A transaction is already bound to another tenant");
            }
            em.setProperty(TenantColumn.PROPERTY, tenantId);
            return work.apply(em);
        });
    }
}
