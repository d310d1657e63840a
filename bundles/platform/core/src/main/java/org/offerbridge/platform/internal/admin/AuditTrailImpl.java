package org.offerbridge.platform.internal.admin;

import java.time.Instant;
import java.util.List;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.admin.AuditTrail;
import org.offerbridge.platform.internal.persistence.AuditLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The bound workspace's audit trail, for its admins. */
@Component(service = AuditTrail.class)
public class AuditTrailImpl implements AuditTrail {
    private final AuditLog audit;
    private final RequestContext context;

    @Activate
    public AuditTrailImpl(@Reference AuditLog audit, @Reference RequestContext context) {
        this.audit = audit;
        this.context = context;
    }

    @Override
    public List<Event> latest(int limit) {
        TenantPrincipal p = Guards.atLeast(context, Role.ADMIN);
        return audit.latest(p.tenantId(), Math.max(1, Math.min(limit, 200))).stream()
                .map(e -> new Event(Instant.ofEpochMilli(e.at()), e.actor(), e.action(), e.target(), e.detail())).toList();
    }

    @Override
    public void record(String action, String target, String detail) {
        TenantPrincipal p = context.require();
        audit.record(p.tenantId(), p.actor(), clip(action, 60), clip(target, 120), clip(detail, 500));
    }

    private static String clip(String v, int max) {
        return v == null || v.length() <= max ? v : v.substring(0, max);
    }
}
