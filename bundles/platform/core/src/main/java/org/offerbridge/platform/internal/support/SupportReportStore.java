package org.offerbridge.platform.internal.support;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.offerbridge.platform.api.support.SupportReport;
import org.offerbridge.platform.internal.persistence.PlatformUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The support reports table. A raw {@link JpaTemplate} like the audit log: the table is platform data with an explicit
 * tenant column, and this class is the one place that filters it by tenant.
 */
@Component(service = SupportReportStore.class)
public class SupportReportStore {
    private final JpaTemplate jpa;

    @Activate
    public SupportReportStore(@Reference(target = PlatformUnit.TARGET) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    public void save(SupportReport r) {
        SupportReportEntity e = new SupportReportEntity();
        e.id = r.id();
        e.tenantId = r.tenantId();
        e.submittedAt = r.submittedAt().toEpochMilli();
        e.companyName = r.companyName();
        e.reporter = r.reporter();
        e.role = r.role();
        e.zoneId = r.zoneId();
        e.view = r.view();
        e.userAgent = r.userAgent();
        e.error = r.error();
        e.failedRequests = String.join("\n", r.failedRequests());
        e.recentActions = String.join("\n", r.recentActions());
        e.description = r.description();
        e.requestId = r.requestId();
        jpa.tx(TransactionType.Required, em -> em.persist(e));
    }

    /** Newest first; one workspace's when {@code tenantId} is not null, else all. */
    public List<SupportReport> latest(String tenantId, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<SupportReportEntity> q = tenantId == null
                    ? em.createQuery("select r from SupportReportEntity r order by r.submittedAt desc", SupportReportEntity.class)
                    : em.createQuery("select r from SupportReportEntity r where r.tenantId = :t order by r.submittedAt desc",
                            SupportReportEntity.class).setParameter("t", tenantId);
            return q.setMaxResults(limit).getResultList().stream().map(SupportReportStore::report).toList();
        });
    }

    public Optional<SupportReport> find(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(SupportReportEntity.class, id))
                .map(SupportReportStore::report));
    }

    static SupportReport report(SupportReportEntity e) {
        return new SupportReport(e.id, e.tenantId, e.companyName, e.reporter, e.role, Instant.ofEpochMilli(e.submittedAt),
                e.zoneId, e.view, e.userAgent, e.error, lines(e.failedRequests), lines(e.recentActions), e.description,
                e.requestId);
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
    }
}
