package org.offerbridge.platform.internal.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.onboarding.DemoContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the demo seeders that have not run yet for one workspace, in their order, each with the workspace's owner
 * bound. A failing seeder is one WARN line and is left out of the answer, so it runs again next time; the others
 * carry on.
 */
final class DemoSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private final RequestContext context;

    DemoSeeder(RequestContext context) {
        this.context = context;
    }

    /** The ids in a workspace's marker ("catalog,customers"). */
    static Set<String> parse(String marker) {
        if (marker == null || marker.isBlank()) {
            return new LinkedHashSet<>();
        }
        return Arrays.stream(marker.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String format(Set<String> ids) {
        return String.join(",", ids);
    }

    /** Seeds what has not been seeded; answers the ids that ran successfully now. */
    List<String> seed(TenantPrincipal owner, Set<String> done, List<DemoContent> contents) {
        List<DemoContent> due = contents.stream().filter(c -> !done.contains(c.id()))
                .sorted(Comparator.comparingInt(DemoContent::order).thenComparing(DemoContent::id)).toList();
        List<String> ran = new ArrayList<>();
        for (DemoContent content : due) {
            try {
                context.runAs(owner, () -> {
                    content.seed(owner.tenantId());
                    return null;
                });
                ran.add(content.id());
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Demo content {} could not be seeded into workspace {} (tried again on the next start): {}",
                        content.id(), owner.tenantId(), String.valueOf(e));
                LOG.debug("Demo content {} failed", content.id(), e);
            }
        }
        return ran;
    }
}
