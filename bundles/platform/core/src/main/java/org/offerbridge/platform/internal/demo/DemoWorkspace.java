package org.offerbridge.platform.internal.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.offerbridge.platform.api.PlanCatalog;
import org.offerbridge.platform.internal.PlatformConfig;
import org.offerbridge.platform.internal.persistence.WorkspaceStore;
import org.offerbridge.platform.api.secrets.SecretTokens;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start of an empty server (with demoWorkspace=true) creates a demo workspace with a random
 * password, and prints the login once to the console and to data/demo-workspace.txt (owner-only file).
 * There are no default credentials: every server gets its own. The workspace is marked as the demo one, so
 * {@link DemoSeeding} fills it with the installed capabilities' example data.
 */
@Component(configurationPid = PlatformConfig.PID, immediate = true)
public class DemoWorkspace {
    private static final Logger LOG = LoggerFactory.getLogger(DemoWorkspace.class);
    static final String EMAIL = "owner@demo.offerbridge.local";
    static final String PLAN = "business";

    @Activate
    public DemoWorkspace(@Reference WorkspaceStore workspaces, @Reference PlanCatalog plans, @Reference DemoSeeding seeding,
            PlatformConfig config) {
        if (!config.demoWorkspace() || !workspaces.demoWorkspaces().isEmpty()) {
            return;
        }
        // A demo workspace made before demo content existed is recognised by the login file and seeded too.
        Optional<String> earlier = earlierDemoWorkspace().filter(id -> workspaces.find(id).isPresent());
        if (earlier.isPresent()) {
            workspaces.update(earlier.get(), "system", "demo workspace", t -> t.demoSeeded = "");
            seeding.soon();
            return;
        }
        // Created on an empty server only: never beside an operator's real workspaces.
        if (workspaces.count() > 0) {
            return;
        }
        String password = SecretTokens.random(12);
        String planId = plans.find(PLAN).isPresent() ? PLAN : plans.all().stream().map(p -> p.id()).findFirst().orElse(PLAN);
        WorkspaceStore.Registered r = workspaces.register(new WorkspaceStore.Registration("Demo Trading Co", EMAIL,
                password.toCharArray(), planId, "en-IN", "INR", "Industrial hardware"));
        String text = String.join(System.lineSeparator(),
                "Offerbridge demo workspace",
                "  Admin UI : " + config.publicBaseUrl() + "/ui/",
                "  API base : " + config.publicBaseUrl() + "/api/v1",
                "  Login    : " + EMAIL,
                "  Password : " + password,
                "  API key  : " + r.apiKey(),
                "  Tenant   : " + r.tenantId(),
                "");
        workspaces.update(r.tenantId(), "system", "demo workspace", t -> t.demoSeeded = "");
        seeding.soon();
        writeCredentials(text);
        // Printed once on the console so the person who started the server sees it; not logged.
        System.out.println(System.lineSeparator() + text);
        LOG.info("Created the demo workspace {}; its login is in data/demo-workspace.txt", r.tenantId());
    }

    private static Path credentialsFile() {
        return Path.of(System.getProperty("karaf.data", "data"), "demo-workspace.txt");
    }

    /** The tenant id in the login file of an earlier start, if there is one. */
    private static Optional<String> earlierDemoWorkspace() {
        try {
            Path file = credentialsFile();
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::trim)
                    .filter(l -> l.startsWith("Tenant")).map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void writeCredentials(String text) {
        Path file = credentialsFile();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system; the file keeps the default permissions.
            }
        } catch (IOException e) {
            LOG.warn("Could not write {}", file, e);
        }
    }
}
