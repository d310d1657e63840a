package org.offerbridge.systemmessages.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.SystemMessageLog;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The tenant's system messages. Capabilities report for a named tenant; every staff role reads; sales and up clear
 * and add (the rule of the REST methods' {@code @RolesAllowed}, checked here so that no caller skips it). Every
 * statement is scoped to the tenant by EclipseLink multitenancy.
 */
@Component(service = {SystemMessageStore.class, SystemMessageLog.class})
public class SystemMessageStore implements SystemMessageLog {
    private final TenantTransactions tx;
    private final RequestContext context;

    @Activate
    public SystemMessageStore(@Reference(target = "(osgi.unit.name=offerbridge-system-messages)") JpaTemplate jpa,
            @Reference RequestContext context) {
        this.tx = new TenantTransactions(jpa, context);
        this.context = context;
    }

    @Override
    public void report(String tenantId, Severity severity, String source, String message) {
        tx.callAs(tenantId, em -> {
            em.persist(newEntity(severity, source, message));
            return null;
        });
    }

    private static SystemMessageEntity newEntity(Severity severity, String source, String message) {
        SystemMessageEntity e = new SystemMessageEntity();
        e.createdAt = System.currentTimeMillis();
        e.id = String.format("%015d-%s", e.createdAt, UUID.randomUUID());
        e.severity = severity.name();
        e.source = truncate(source, SystemMessageRules.MAX_SOURCE);
        e.message = truncate(message, SystemMessageRules.MAX_MESSAGE);
        return e;
    }

    /** Newest first; {@code beforeId} continues a previous page. */
    public List<SystemMessageEntity> list(boolean includeCleared, String beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("select m from SystemMessageEntity m where 1 = 1");
        if (!includeCleared) {
            jpql.append(" and m.clearedAt = 0");
        }
        if (beforeId != null) {
            jpql.append(" and m.id < :before");
        }
        jpql.append(" order by m.id desc");
        return tx.call(em -> {
            var q = em.createQuery(jpql.toString(), SystemMessageEntity.class).setMaxResults(limit);
            if (beforeId != null) {
                q.setParameter("before", beforeId);
            }
            return q.getResultList();
        });
    }

    @Override
    public List<Entry> latest(boolean includeCleared, int limit) {
        return list(includeCleared, null, Math.max(1, Math.min(limit, 500))).stream().map(SystemMessageStore::entry).toList();
    }

    @Override
    public boolean clear(String id) {
        return clearMessage(id).isPresent();
    }

    static Entry entry(SystemMessageEntity m) {
        return new Entry(m.id, Severity.valueOf(m.severity), m.source, m.message, Instant.ofEpochMilli(m.createdAt),
                m.clearedAt == 0 ? null : Instant.ofEpochMilli(m.clearedAt), m.clearedBy);
    }

    @Override
    public long countOpen() {
        return tx.call(em -> em.createQuery("select count(m) from SystemMessageEntity m where m.clearedAt = 0", Long.class)
                .getSingleResult());
    }

    /** Clears one message as the bound caller; empty when the bound tenant has no such message. */
    public Optional<SystemMessageEntity> clearMessage(String id) {
        String actor = requireSales().actor();
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(tx.call(em -> {
            SystemMessageEntity m = em.find(SystemMessageEntity.class, id);
            if (m != null && m.clearedAt == 0) {
                m.clearedAt = System.currentTimeMillis();
                m.clearedBy = actor;
            }
            return m;
        }));
    }

    /** Records a message an integration reports for the bound tenant and returns it. */
    public SystemMessageEntity add(NewMessage body) {
        requireSales();
        NewMessage m = SystemMessageRules.forAdd(body);
        return tx.call(em -> {
            SystemMessageEntity e = newEntity(Severity.valueOf(m.severity().toUpperCase(Locale.ROOT)), m.source(), m.message());
            em.persist(e);
            return e;
        });
    }

    /** Clears every open message as the bound caller; entity by entity, since bulk JPQL may skip the tenant (EclipseLink #1333). */
    @Override
    public int clearAll() {
        String actor = requireSales().actor();
        return tx.call(em -> {
            List<SystemMessageEntity> open = em.createQuery("select m from SystemMessageEntity m where m.clearedAt = 0",
                    SystemMessageEntity.class).getResultList();
            long now = System.currentTimeMillis();
            for (SystemMessageEntity m : open) {
                m.clearedAt = now;
                m.clearedBy = actor;
            }
            return open.size();
        });
    }

    /** Sales and up clear and add messages; viewers only read. */
    private TenantPrincipal requireSales() {
        return context.require().requireRole(Role.SALES);
    }

    private static String truncate(String s, int max) {
        String v = s == null ? "" : s;
        return v.length() <= max ? v : v.substring(0, max - 1) + "…";
    }
}
