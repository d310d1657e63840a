package org.offerbridge.platform.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.offerbridge.platform.api.TenantAdministration;

@Command(scope = "offerbridge", name = "tenant-list", description = "Lists workspaces with plan and active users")
@Service
public class TenantListCommand implements Action {
    @Reference
    TenantAdministration admin;

    @Option(name = "--offset", description = "Skip this many workspaces")
    int offset = 0;

    @Option(name = "--limit", description = "Show at most this many workspaces")
    int limit = 100;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Tenant");
        table.column("Company");
        table.column("Plan");
        table.column("Locale");
        table.column("Currency");
        table.column("Users");
        table.column("Created");
        table.column("Suspended");
        for (TenantAdministration.TenantSummary t : admin.list(offset, limit)) {
            table.addRow().addContent(t.id(), t.companyName(), t.planId(), t.locale(), t.currency(), t.activeUsers(), t.createdAt(),
                    t.suspended() ? "yes" : "");
        }
        table.print(System.out);
        return null;
    }
}
