package org.offerbridge.platform.internal.demo;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.onboarding.GettingStarted;
import org.offerbridge.platform.internal.persistence.WorkspaceStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The checklist's dismissal, kept on the workspace row. */
@Component(service = GettingStarted.class)
public class GettingStartedImpl implements GettingStarted {
    private final WorkspaceStore workspaces;
    private final RequestContext context;

    @Activate
    public GettingStartedImpl(@Reference WorkspaceStore workspaces, @Reference RequestContext context) {
        this.workspaces = workspaces;
        this.context = context;
    }

    @Override
    public boolean dismissed() {
        return workspaces.find(context.require().tenantId()).map(t -> Boolean.TRUE.equals(t.checklistDismissed)).orElse(false);
    }

    @Override
    public void dismiss() {
        TenantPrincipal caller = context.require().requireRole(Role.ADMIN);
        workspaces.update(caller.tenantId(), caller.actor(), "checklist dismissed", t -> t.checklistDismissed = Boolean.TRUE);
    }
}
