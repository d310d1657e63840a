package org.offerbridge.platform.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.offerbridge.platform.api.TenantAdministration;

@Command(scope = "offerbridge", name = "tenant-suspend", description = "Suspends a workspace (its keys and logins stop working; data stays)")
@Service
public class TenantSuspendCommand implements Action {
    @Reference
    TenantAdministration admin;

    @Argument(index = 0, name = "tenant", description = "Tenant id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Option(name = "--resume", description = "Lift the suspension instead")
    boolean resume;

    @Override
    public Object execute() {
        try {
            admin.setSuspended(tenantId, !resume);
            System.out.println("Workspace " + tenantId + (resume ? " resumed" : " suspended"));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
        }
        return null;
    }
}
