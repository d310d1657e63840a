package org.offerbridge.channels.internal;

import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** One channel's status for the operator: why it needs attention, its last error and its pending work. */
@Command(scope = "offerbridge", name = "channel-status", description = "Shows one channel's status, last error and pending work")
@Service
public class ChannelStatusCommand implements Action {
    @Reference
    ChannelStore store;

    @Reference
    WorkQueue work;

    @Argument(index = 0, name = "id", description = "The channel id", required = true)
    String id;

    @Override
    public Object execute() {
        Optional<StoredChannel> found = store.findInAnyTenant(id);
        if (found.isEmpty()) {
            System.out.println("No channel " + id);
            return null;
        }
        StoredChannel c = found.get();
        System.out.println("Channel        " + c.id() + " (" + c.kind() + ") '" + c.name() + "'");
        System.out.println("Tenant         " + c.tenantId());
        System.out.println("Status         " + c.status() + (c.statusReason() == null ? "" : ": " + c.statusReason()));
        System.out.println("Provider acct  " + (c.accountKey() == null ? "-" : c.accountKey()));
        System.out.println("Last inbound   " + Times.instant(c.lastInboundAt()));
        System.out.println("Last outbound  " + Times.instant(c.lastOutboundAt()));
        System.out.println("Last error     " + (c.lastError() == null ? "-" : c.lastError()));
        System.out.println("Pending work   " + work.pending(c.tenantId()) + " item(s) in the workspace");
        return null;
    }
}
