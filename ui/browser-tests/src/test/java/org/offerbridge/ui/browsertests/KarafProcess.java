package org.offerbridge.ui.browsertests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The distribution this build made, unpacked under target/ and started as an external process
 * ({@code bin/karaf server}) on a free HTTP port, as an operator would run it.
 */
final class KarafProcess implements AutoCloseable {
    private final Path home;
    private final int port;
    private Process process;

    private KarafProcess(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** Unpacks the tar.gz into {@code work} (replacing an earlier run) and moves the HTTP port. */
    static KarafProcess unpack(Path distribution, Path work) throws IOException, InterruptedException {
        if (!Files.isRegularFile(distribution)) {
            throw new IllegalStateException("No distribution at " + distribution + ": build karaf-assembly first");
        }
        deleteTree(work);
        Files.createDirectories(work);
        run(work, "tar", "xzf", distribution.toAbsolutePath().toString(), "-C", work.toString());
        Path home;
        try (Stream<Path> s = Files.list(work)) {
            home = s.filter(Files::isDirectory).findFirst().orElseThrow(() -> new IllegalStateException("Empty distribution"));
        }
        int port = freePort();
        Path web = home.resolve("etc/org.ops4j.pax.web.cfg");
        String cfg = Files.readString(web).replaceAll("(?m)^org\\.osgi\\.service\\.http\\.port\\s*=.*$",
                "org.osgi.service.http.port = " + port);
        Files.writeString(web, cfg);
        KarafProcess k = new KarafProcess(home, port);
        // Links in the UI and API answers (customers' quote links, the demo login) name this server.
        k.platformProperty("publicBaseUrl", k.baseUrl());
        return k;
    }

    /**
     * Sets one key of etc/org.offerbridge.platform.cfg before the first start. A fresh distribution has no such file
     * (the feature installs the shipped one on first boot, only where none is), so it is placed from the system
     * repository's copy first: the operator's view of a first start, with the one value changed.
     */
    void platformProperty(String key, String value) throws IOException {
        Path platform = home.resolve("etc/org.offerbridge.platform.cfg");
        if (!Files.exists(platform)) {
            try (Stream<Path> s = Files.walk(home.resolve("system/org/offerbridge/offerbridge-features"))) {
                Path shipped = s.filter(p -> p.getFileName().toString().endsWith("-platform.cfg")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no platform.cfg in the distribution's system repository"));
                Files.copy(shipped, platform);
            }
        }
        String cfg = Files.readString(platform);
        String line = key + "=" + value;
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*=.*$").matcher(cfg);
        Files.writeString(platform, m.find() ? m.replaceAll(Matcher.quoteReplacement(line)) : cfg + System.lineSeparator() + line + System.lineSeparator());
    }

    /** Takes a feature out of the boot features, so a test can hot-deploy it later. */
    void removeBootFeature(String name) throws IOException {
        Path f = home.resolve("etc/org.apache.karaf.features.cfg");
        // "name/version," in featuresBoot, whether the list is on one line or continued with backslashes
        String cfg = Files.readString(f).replaceAll(java.util.regex.Pattern.quote(name) + "/[^,\\s\\\\]+\\s*,[ \\t]*(\\\\\\R[ \\t]*)?", "");
        Files.writeString(f, cfg);
    }

    void start() throws IOException {
        Path log = home.resolve("console.log");
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("KARAF_HOME", home.toString());
        process = pb.start();
    }

    int port() {
        return port;
    }

    Path home() {
        return home;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Waits until the UI answers and the demo workspace login is written; fails with the log tail otherwise. */
    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        Path demo = home.resolve("data/demo-workspace.txt");
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + process.exitValue() + "\n" + logTail());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/ui/")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200 && Files.exists(demo) && Files.size(demo) > 0) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The distribution did not become ready within " + timeout + "\n" + logTail());
    }

    String logTail() {
        try {
            Path log = home.resolve("data/log/karaf.log");
            if (!Files.exists(log)) {
                return "(no karaf.log)";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(karaf.log unreadable: " + e + ")";
        }
    }

    /** Stops Karaf and every process it started; kills what does not stop within 20 s. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle c : children) {
                c.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
        process = null;
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
