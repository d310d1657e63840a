package org.offerbridge.rfqform.internal.retention;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * Runs the request-for-quote retention purge now, for the operator: every workspace's submissions older than its
 * retention period. {@code --as-of} purges as if it were that instant (to check what a later run will take; tests
 * move the clock with it): a later instant purges more, so use it with care.
 */
@Command(scope = "offerbridge", name = "rfq-purge", description = "Purges request-for-quote submissions older than each workspace's retention period now")
@Service
public class PurgeCommand implements Action {
    @Reference
    RetentionJob job;

    @Option(name = "--as-of", description = "Purge as if it were this ISO-8601 instant (e.g. 2027-01-31T00:00:00Z) instead of now")
    String asOf;

    @Override
    public Object execute() {
        Instant now;
        try {
            now = asOf == null ? Instant.now() : Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            System.out.println("Not an ISO-8601 instant: " + asOf);
            return null;
        }
        Map<String, RetentionJob.Counts> done = job.runNow(now);
        if (done.isEmpty()) {
            System.out.println("Nothing to purge as of " + now);
        }
        done.forEach((tenant, c) -> System.out.println("Workspace " + tenant + ": " + c.detail()));
        return null;
    }
}
