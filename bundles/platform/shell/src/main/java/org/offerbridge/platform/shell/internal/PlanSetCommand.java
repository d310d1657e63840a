package org.offerbridge.platform.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.offerbridge.platform.api.TenantAdministration;

@Command(scope = "offerbridge", name = "plan-set", description = "Moves a workspace to another plan (takes effect on its next request)")
@Service
public class PlanSetCommand implements Action {
    @Reference
    TenantAdministration admin;

    @Argument(index = 0, name = "tenant", description = "Tenant id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Argument(index = 1, name = "plan", description = "Plan id", required = true)
    @Completion(PlanIdCompleter.class)
    String planId;

    @Override
    public Object execute() {
        try {
            admin.changePlan(tenantId, planId);
            System.out.println("Workspace " + tenantId + " is now on plan " + planId);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
        }
        return null;
    }
}
