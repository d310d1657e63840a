package org.offerbridge.platform.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.offerbridge.platform.api.PlanCatalog;

@Service
public class PlanIdCompleter implements Completer {
    @Reference
    PlanCatalog plans;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        plans.all().forEach(p -> delegate.getStrings().add(p.id()));
        return delegate.complete(session, commandLine, candidates);
    }
}
