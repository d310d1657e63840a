package org.offerbridge.ui.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The distribution stopped and started again, as an operator restarts a server: what was stored is there and the
 * API answers. A restart once left EclipseLink unwired from the JTA API, and every JPA call answered 500.
 */
class DistributionRestartIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void dataAndApiSurviveARestart() throws Exception {
        try (KarafProcess karaf = KarafProcess.unpack(Path.of(System.getProperty("offerbridge.distribution")),
                Path.of(System.getProperty("offerbridge.work", "target/karaf") + "-restart"))) {
            karaf.start();
            karaf.awaitReady(Duration.ofSeconds(150));
            String key = apiKey(karaf.home().resolve("data/demo-workspace.txt"));
            awaitOk(karaf, "/api/v1/catalog/products", key);
            String sku = "RS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            HttpResponse<String> created = routed(karaf, "POST", "/api/v1/catalog/products", key,
                    "{\"sku\":\"" + sku + "\",\"name\":\"Restart probe\",\"unit\":\"pcs\",\"price\":\"2.50\",\"currency\":\"EUR\"}");
            assertEquals(201, created.statusCode(), created.body());

            karaf.close();
            karaf.start();
            karaf.awaitReady(Duration.ofSeconds(150));
            HttpResponse<String> found = awaitOk(karaf, "/api/v1/catalog/products?q=" + sku, key);
            assertTrue(found.body().contains(sku), found.body());
            HttpResponse<String> parsed = routed(karaf, "POST", "/api/v1/parse", key, "{\"text\":\"3 restart probe\"}");
            assertEquals(200, parsed.statusCode(), parsed.body());
            assertTrue(parsed.body().contains(sku), parsed.body());
            String log = Files.readString(karaf.home().resolve("data/log/karaf.log"));
            assertFalse(log.contains("NoClassDefFoundError"), karaf.logTail());
        }
    }

    /** The API may still be registering its resources for a few seconds after the UI answers. */
    private static HttpResponse<String> awaitOk(KarafProcess karaf, String path, String key) throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 60; i++) {
            last = send(karaf, "GET", path, key, null);
            if (last.statusCode() == 200) {
                return last;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("GET " + path + " answered " + last.statusCode() + ": " + last.body() + "\n" + karaf.logTail());
    }

    /**
     * Sends once the JAX-RS application routes the call: while capabilities are still being added at boot the
     * whiteboard rebuilds the application and answers CXF's "No service was found" 404, or, once the application is
     * up but this capability's resource not yet added, JAX-RS's unmatched-path 404 (problem type http-404; a
     * resource's own 404 is type not-found). Neither reached a resource, so sending again creates nothing twice.
     */
    private static HttpResponse<String> routed(KarafProcess karaf, String method, String path, String key, String json) throws Exception {
        HttpResponse<String> last = send(karaf, method, path, key, json);
        for (int i = 0; i < 60 && notRoutedYet(last); i++) {
            Thread.sleep(1000);
            last = send(karaf, method, path, key, json);
        }
        return last;
    }

    private static boolean notRoutedYet(HttpResponse<String> r) {
        return r.statusCode() == 404 && (r.body().contains("No service was found") || r.body().contains("/problems/http-404"));
    }

    private static HttpResponse<String> send(KarafProcess karaf, String method, String path, String key, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(karaf.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + key);
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String apiKey(Path demo) throws Exception {
        Matcher m = Pattern.compile("(?m)API key\\s*:\\s*(\\S+)").matcher(Files.readString(demo));
        assertTrue(m.find(), "no API key in " + demo);
        return m.group(1);
    }
}
