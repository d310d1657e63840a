package org.offerbridge.platform.internal.plans;

import java.time.Instant;
import java.util.List;

import org.offerbridge.platform.api.PlanCatalog;
import org.offerbridge.platform.api.TenantAdministration;
import org.offerbridge.platform.internal.persistence.SessionStore;
import org.offerbridge.platform.internal.persistence.UserStore;
import org.offerbridge.platform.internal.persistence.WorkspaceStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Operator actions across workspaces, for the shell commands. */
@Component(service = TenantAdministration.class)
public class TenantAdministrationImpl implements TenantAdministration {
    private static final String OPERATOR = "operator:console";
    private final WorkspaceStore workspaces;
    private final UserStore users;
    private final SessionStore sessions;
    private final PlanCatalog plans;

    @Activate
    public TenantAdministrationImpl(@Reference WorkspaceStore workspaces, @Reference UserStore users,
            @Reference SessionStore sessions, @Reference PlanCatalog plans) {
        this.workspaces = workspaces;
        this.users = users;
        this.sessions = sessions;
        this.plans = plans;
    }

    @Override
    public List<TenantSummary> list(int offset, int limit) {
        return workspaces.list(offset, limit).stream()
                .map(t -> new TenantSummary(t.id, t.companyName, t.planId, t.locale, t.currency, Instant.ofEpochMilli(t.createdAt),
                        users.countActive(t.id), t.suspended))
                .toList();
    }

    @Override
    public void changePlan(String tenantId, String planId) {
        if (plans.find(planId).isEmpty()) {
            throw new IllegalArgumentException("Unknown plan '" + planId + "'");
        }
        workspaces.update(tenantId, OPERATOR, "plan=" + planId, t -> t.planId = planId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown tenant '" + tenantId + "'"));
    }

    @Override
    public void setSuspended(String tenantId, boolean suspended) {
        workspaces.update(tenantId, OPERATOR, "suspended=" + suspended, t -> t.suspended = suspended)
                .orElseThrow(() -> new IllegalArgumentException("Unknown tenant '" + tenantId + "'"));
    }

    @Override
    public List<DeviceSignal> deviceSignals(int limit) {
        return sessions.sharedDevices(limit);
    }
}
