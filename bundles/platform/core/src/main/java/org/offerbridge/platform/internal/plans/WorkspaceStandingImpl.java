package org.offerbridge.platform.internal.plans;

import java.util.Optional;

import org.offerbridge.platform.api.WorkspaceStanding;
import org.offerbridge.platform.internal.persistence.TenantEntity;
import org.offerbridge.platform.internal.persistence.WorkspaceStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads the workspace row afresh on every call, so a plan change or a suspension applies to the next piece of work. */
@Component(service = WorkspaceStanding.class)
public class WorkspaceStandingImpl implements WorkspaceStanding {
    private final WorkspaceStore workspaces;

    @Activate
    public WorkspaceStandingImpl(@Reference WorkspaceStore workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public Optional<String> activePlan(String tenantId) {
        return workspaces.find(tenantId).filter(t -> !t.suspended).map(t -> t.planId);
    }

    @Override
    public boolean suspended(String tenantId) {
        return workspaces.find(tenantId).map(t -> t.suspended).orElse(false);
    }
}
