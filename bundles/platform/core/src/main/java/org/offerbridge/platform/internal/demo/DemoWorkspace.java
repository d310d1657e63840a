package org.offerbridge.platform.internal.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

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
 * There are no default credentials: every server gets its own.
 */
@Component(configurationPid = PlatformConfig.PID, immediate = true)
public class DemoWorkspace {
    private static final Logger LOG = LoggerFactory.getLogger(DemoWorkspace.class);
    static final String EMAIL = "owner@demo.offerbridge.local";
    static final String PLAN = "business";

    @Activate
    public DemoWorkspace(@Reference WorkspaceStore workspaces, @Reference PlanCatalog plans, PlatformConfig config) {
        if (!config.demoWorkspace() || workspaces.count() > 0) {
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
        writeCredentials(text);
        // Printed once on the console so the person who started the server sees it; not logged.
        System.out.println(System.lineSeparator() + text);
        LOG.info("Created the demo workspace {}; its login is in data/demo-workspace.txt", r.tenantId());
    }

    private static void writeCredentials(String text) {
        String data = System.getProperty("karaf.data", "data");
        Path file = Path.of(data, "demo-workspace.txt");
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
