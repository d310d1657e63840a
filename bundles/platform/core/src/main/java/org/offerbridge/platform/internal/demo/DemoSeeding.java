package org.offerbridge.platform.internal.demo;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.onboarding.DemoContent;
import org.offerbridge.platform.internal.persistence.TenantEntity;
import org.offerbridge.platform.internal.persistence.UserStore;
import org.offerbridge.platform.internal.persistence.WorkspaceStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the demo workspace with the {@link DemoContent} of the installed capabilities, in the background, a few
 * seconds after the last seeder appeared (capabilities start in any order at boot, and the catalog must come before
 * the requests parsed against it). Which seeders ran is kept on the workspace, so a capability installed later seeds
 * then and a restart seeds nothing twice. Never holds up the start.
 */
@Component(service = DemoSeeding.class, immediate = true)
public class DemoSeeding {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeding.class);
    static final long SETTLE_MILLIS = 5_000;
    private static final long RETRY_MILLIS = 60_000;
    private static final int MAX_RUNS_WITH_FAILURES = 3;

    private final WorkspaceStore workspaces;
    private final UserStore users;
    private final DemoSeeder seeder;
    private final List<DemoContent> contents = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "offerbridge-demo-seeding");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> next;
    private int failedRuns;

    @Activate
    public DemoSeeding(@Reference WorkspaceStore workspaces, @Reference UserStore users, @Reference RequestContext context) {
        this.workspaces = workspaces;
        this.users = users;
        this.seeder = new DemoSeeder(context);
        schedule(SETTLE_MILLIS);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindContent(DemoContent content) {
        contents.add(content);
        schedule(SETTLE_MILLIS);
    }

    void unbindContent(DemoContent content) {
        contents.remove(content);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    /** Seeds soon (again): after a new demo workspace or a new seeder. */
    void soon() {
        schedule(SETTLE_MILLIS);
    }

    private synchronized void schedule(long delayMillis) {
        if (timer.isShutdown()) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        next = timer.schedule(this::run, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void run() {
        if (contents.isEmpty()) {
            return;
        }
        boolean failed = false;
        try {
            for (String tenantId : workspaces.demoWorkspaces()) {
                failed |= !seedWorkspace(tenantId);
            }
        } catch (RuntimeException e) {
            LOG.warn("Demo workspace not seeded yet: {}", String.valueOf(e));
            failed = true;
        }
        // The transaction manager may restart once during boot: try a couple more times, then wait for the next start.
        if (failed && ++failedRuns < MAX_RUNS_WITH_FAILURES) {
            schedule(RETRY_MILLIS);
        }
    }

    /** False when a seeder failed. */
    private boolean seedWorkspace(String tenantId) {
        Optional<TenantEntity> tenant = workspaces.find(tenantId);
        Optional<String> owner = users.list(tenantId, null, 100).stream()
                .filter(u -> u.active && Role.OWNER.id().equals(u.role)).map(u -> u.id).findFirst();
        if (tenant.isEmpty() || owner.isEmpty() || tenant.get().suspended) {
            return true;
        }
        Set<String> done = DemoSeeder.parse(tenant.get().demoSeeded);
        List<DemoContent> due = contents.stream().filter(c -> !done.contains(c.id())).toList();
        if (due.isEmpty()) {
            return true;
        }
        TenantPrincipal principal = new TenantPrincipal(tenantId, owner.get(), null, Role.OWNER, tenant.get().planId);
        List<String> ran = seeder.seed(principal, done, due);
        if (!ran.isEmpty()) {
            workspaces.update(tenantId, "system", "demo content: " + String.join(",", ran), t -> {
                Set<String> now = DemoSeeder.parse(t.demoSeeded);
                now.addAll(ran);
                t.demoSeeded = DemoSeeder.format(now);
            });
            LOG.info("Seeded the demo workspace {} with {}", tenantId, ran);
        }
        return ran.size() == due.size();
    }
}
