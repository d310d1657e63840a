package org.offerbridge.platform.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.offerbridge.platform.api.Plan;
import org.offerbridge.platform.api.PlanCatalog;

@Command(scope = "offerbridge", name = "plan-list", description = "Lists the configured plans with capabilities and quotas")
@Service
public class PlanListCommand implements Action {
    @Reference
    PlanCatalog plans;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Plan");
        table.column("Title");
        table.column("Capabilities");
        table.column("Quotas");
        table.column("Req/min");
        for (Plan p : plans.all()) {
            table.addRow().addContent(p.id(), p.title(), String.join(",", p.capabilities()), p.quotas().toString(), p.requestsPerMinute());
        }
        table.print(System.out);
        return null;
    }
}
