package org.offerbridge.platform.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.offerbridge.platform.api.support.SupportInbox;

@Command(scope = "offerbridge", name = "support-list",
        description = "Lists problem reports staff sent with \"Report a problem\", newest first")
@Service
public class SupportListCommand implements Action {
    @Reference
    SupportInbox inbox;

    @Option(name = "--tenant", description = "Only this workspace's reports")
    @Completion(TenantIdCompleter.class)
    String tenant;

    @Option(name = "--limit", description = "Show at most this many reports")
    int limit = 50;

    @Override
    public Object execute() {
        SupportReportFormat.table(inbox.latest(tenant, limit)).print(System.out);
        return null;
    }
}
