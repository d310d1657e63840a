package org.offerbridge.platform.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.offerbridge.platform.api.support.SupportInbox;

@Command(scope = "offerbridge", name = "support-show", description = "Shows one problem report with everything it collected")
@Service
public class SupportShowCommand implements Action {
    @Reference
    SupportInbox inbox;

    @Argument(index = 0, name = "id", description = "The report's reference, e.g. sr-3f2a9c1b0d4e", required = true)
    String id;

    @Override
    public Object execute() {
        System.out.print(inbox.find(id).map(SupportReportFormat::details).orElse("Unknown report '" + id + "'\n"));
        return null;
    }
}
