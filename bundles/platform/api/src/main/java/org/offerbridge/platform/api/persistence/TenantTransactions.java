package org.offerbridge.platform.api.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.offerbridge.platform.api.RequestContext;

/**
 * Runs JPA work in a transaction scoped to the bound tenant. Each capability wraps its own persistence
 * unit's {@link JpaTemplate} in one of these; it is the only way capability code reaches the database.
 * With no tenant bound it throws before touching the database (fail closed).
 * <p>
 * Two kinds of work must look across tenants: background jobs finding due rows, and anonymous callers (a customer's
 * public link) finding whose row a key is. They use {@link #scanAllTenants} and {@link #tenantsMatching}, which can
 * only return tenant ids and row ids; the work on each row then runs with {@link #callAs} under that row's tenant.
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

    /**
     * Rows due for work across all tenants, as (tenant, row id) pairs only. {@code sql} is a native read that selects
     * exactly two string columns, the row id and then the tenant id, with {@code ?1, ?2, ...} bound to {@code params};
     * at most {@code limit} rows. Handle each row under its tenant with {@link #callAs}.
     */
    public List<TenantRow> scanAllTenants(String sql, int limit, Object... params) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<?> rows = nativeRead(em, sql, params).setMaxResults(limit).getResultList();
            List<TenantRow> out = new ArrayList<>(rows.size());
            for (Object row : rows) {
                if (!(row instanceof Object[] cols) || cols.length != 2 || !(cols[0] instanceof String id)
                        || !(cols[1] instanceof String tenant)) {
                    throw new IllegalArgumentException("A tenant scan selects exactly (row id, tenant id)");
                }
                out.add(new TenantRow(tenant, id));
            }
            return out;
        });
    }

    /**
     * Tenant ids across all tenants: {@code sql} is a native read selecting one string column, the tenant id
     * (distinct where it matters), with {@code ?1, ?2, ...} bound to {@code params}. For a job that visits the
     * tenants with work, or an anonymous caller finding whose key it holds.
     */
    public List<String> tenantsMatching(String sql, Object... params) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<?> rows = nativeRead(em, sql, params).getResultList();
            List<String> out = new ArrayList<>(rows.size());
            for (Object row : rows) {
                if (!(row instanceof String tenant)) {
                    throw new IllegalArgumentException("A tenant lookup selects exactly one column, the tenant id");
                }
                out.add(tenant);
            }
            return out;
        });
    }

    private static Query nativeRead(EntityManager em, String sql, Object[] params) {
        if (!sql.stripLeading().regionMatches(true, 0, "SELECT ", 0, 7)) {
            throw new IllegalArgumentException("A scan across tenants only reads");
        }
        // EclipseLink refuses native SQL in a multitenant unit unless asked: these reads return ids only.
        Query q = em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", true);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q;
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
