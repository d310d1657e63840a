package org.offerbridge.platform.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.offerbridge.platform.api.TenantAdministration;

@Command(scope = "offerbridge", name = "device-signals",
        description = "Devices that logged in to several accounts: a signal to review, nothing is done automatically")
@Service
public class DeviceSignalsCommand implements Action {
    @Reference
    TenantAdministration admin;

    @Option(name = "--limit", description = "Show at most this many devices")
    int limit = 50;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Device");
        table.column("Accounts (tenant/email)");
        table.column("First seen");
        table.column("Last seen");
        for (TenantAdministration.DeviceSignal s : admin.deviceSignals(limit)) {
            table.addRow().addContent(s.deviceHash().substring(0, 12), String.join(" ", s.accounts()), s.firstSeen(), s.lastSeen());
        }
        table.print(System.out);
        return null;
    }
}
