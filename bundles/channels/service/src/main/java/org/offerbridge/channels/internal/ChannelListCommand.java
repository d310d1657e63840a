package org.offerbridge.channels.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.offerbridge.platform.api.persistence.TenantRow;

/** The operator's view of channels: kind, name, status and activity, never secrets or tokens. */
@Command(scope = "offerbridge", name = "channel-list", description = "Lists the channels of one workspace, or of all")
@Service
public class ChannelListCommand implements Action {
    static final int MAX = 1000;

    @Reference
    ChannelStore store;

    @Argument(index = 0, name = "tenant", description = "The workspace's tenant id; all workspaces when absent", required = false)
    String tenant;

    @Override
    public Object execute() {
        List<StoredChannel> channels = new ArrayList<>();
        if (tenant != null) {
            channels.addAll(store.listAs(tenant, MAX));
        } else {
            for (TenantRow row : store.everyChannel(MAX)) {
                store.findAs(row.tenantId(), row.rowId()).ifPresent(channels::add);
            }
        }
        ShellTable table = new ShellTable();
        for (String column : List.of("Tenant", "Channel", "Kind", "Name", "Status", "Last inbound", "Last outbound")) {
            table.column(column);
        }
        for (StoredChannel c : channels) {
            table.addRow().addContent(c.tenantId(), c.id(), c.kind(), c.name(), c.status(), String.valueOf(Times.instant(c.lastInboundAt())),
                    String.valueOf(Times.instant(c.lastOutboundAt())));
        }
        table.print(System.out);
        return null;
    }
}
