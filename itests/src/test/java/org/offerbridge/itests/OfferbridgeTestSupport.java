package org.offerbridge.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.lang.reflect.Field;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;

import org.ops4j.pax.exam.Option;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Boots the real Offerbridge distribution (the karaf-assembly tar.gz) on free ports and talks to it over
 * HTTP, as an integrator would.
 */
public abstract class OfferbridgeTestSupport {
    private static final String PORT_PROPERTY = "offerbridge.test.http.port";
    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final String KARAF = System.getProperty("karaf.version", "4.4.9");
    /** Chosen once in the test JVM and handed to the container, where this class is loaded again. */
    private static final String HTTP_PORT = System.getProperty(PORT_PROPERTY, Integer.toString(freePort()));
    protected static final String BASE = "http://localhost:" + HTTP_PORT + "/api/v1";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    protected Option[] baseOptions(Option... extra) {
        File distribution = new File(System.getProperty("offerbridge.distribution",
                "../karaf-assembly/target/offerbridge-karaf-0.1.0-SNAPSHOT.tar.gz"));
        Option[] base = new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(distribution.toURI().toString())
                    .unpackDirectory(new File("target/exam")).useDeployFolder(false).name("Offerbridge"),
            keepRuntimeFolder(),
            // Pax Exam lowers the root logger to WARN; the tests read INFO lines (support references).
            logLevel(LogLevelOption.LogLevel.INFO),
            systemProperty(PORT_PROPERTY).value(HTTP_PORT),
            // Pax Exam waits 10 s by default for its probe's services inside the container; on a loaded 2-core machine
            // the wait ran out and the whole run hung instead of failing
            systemProperty("pax.exam.service.timeout").value("180000"),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
            // What bin/karaf does on Java 9+: endorsed spec locator patched into the JDK, boot class path.
            vmOption("--add-reads=java.xml=java.logging"),
            vmOption("--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED"),
            vmOption("--patch-module"), vmOption("java.base=lib/endorsed/org.apache.karaf.specs.locator-" + KARAF + ".jar"),
            vmOption("--patch-module"), vmOption("java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + KARAF + ".jar"),
            vmOption("--add-opens"), vmOption("java.base/java.security=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.base/java.net=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.base/java.lang=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.base/java.util=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.naming/javax.naming.spi=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED"),
            vmOption("--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED"),
            vmOption("--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED"),
            vmOption("--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED"),
            vmOption("--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED"),
            vmOption("-classpath"), vmOption("lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*"),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", HTTP_PORT),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository")),
            editConfigurationFilePut("etc/org.offerbridge.platform.cfg", "demoWorkspace", "false"),
            editConfigurationFilePut("etc/org.offerbridge.platform.cfg", "anonymousRequestsPerMinute", "100000"),
            // A plan without system-messages and with a tiny rate limit, for plan and 429 checks.
            editConfigurationFilePut("etc/org.offerbridge.plan-bare.cfg", "id", "bare"),
            editConfigurationFilePut("etc/org.offerbridge.plan-bare.cfg", "capabilities", "catalog"),
            editConfigurationFilePut("etc/org.offerbridge.plan-bare.cfg", "maxUsers", "1"),
            editConfigurationFilePut("etc/org.offerbridge.plan-bare.cfg", "requestsPerMinute", "5"),
            // A plan with the parser but a single parse a month, for quota checks.
            editConfigurationFilePut("etc/org.offerbridge.plan-meagre.cfg", "id", "meagre"),
            editConfigurationFilePut("etc/org.offerbridge.plan-meagre.cfg", "capabilities", "catalog,customers,parser,system-messages"),
            editConfigurationFilePut("etc/org.offerbridge.plan-meagre.cfg", "parsesPerMonth", "1"),
            editConfigurationFilePut("etc/org.offerbridge.plan-meagre.cfg", "selfService", "true"),
        };
        Option[] all = new Option[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer with its body parsed as JSON when it is JSON. */
    protected record Answer(int status, Map<String, java.util.List<String>> headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    protected Answer call(String method, String path, String token, String body, Map<String, String> headers) {
        return send(method, path, token, body == null ? null : "application/json",
                body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
    }

    /** Sends a body of any content type, e.g. a CSV upload. */
    protected Answer send(String method, String path, String token, String contentType, byte[] body,
            Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(120));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        if (body != null) {
            b.header("Content-Type", contentType);
            b.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            return new Answer(-1, Map.of(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    protected Answer call(String method, String path, String token, String body) {
        return call(method, path, token, body, Map.of());
    }

    protected Answer get(String path, String token) {
        return call("GET", path, token, null);
    }

    @Inject
    protected BundleContext bundleContext;

    /** Set once per container: the first test waits for the boot to settle, the others need not. */
    private static volatile boolean settled;

    /**
     * Waits until the API answers and the container has settled, then re-reads the services injected into the
     * test. At boot the transaction manager re-registers once its configuration arrives, which restarts the
     * pooled DataSource and every persistence unit behind it: a service injected before that would be stale.
     */
    protected void awaitApi() {
        if (!settled) {
            awaitQuiet(Duration.ofSeconds(4), 120);
            settled = true;
        }
        await("the API to answer", () -> get("/openapi.json", null).status() == 200, 60);
        reinject();
    }

    /** Returns once no service has been registered or unregistered for {@code quiet}. */
    private void awaitQuiet(Duration quiet, int maxSeconds) {
        AtomicLong lastChange = new AtomicLong(System.currentTimeMillis());
        ServiceListener listener = event -> lastChange.set(System.currentTimeMillis());
        bundleContext.addServiceListener(listener);
        try {
            await("the container to settle", () -> System.currentTimeMillis() - lastChange.get() > quiet.toMillis(), maxSeconds);
        } finally {
            bundleContext.removeServiceListener(listener);
        }
    }

    /** Replaces every {@code @Inject} service field of the test with the service registered now. */
    private void reinject() {
        for (Class<?> c = getClass(); c != OfferbridgeTestSupport.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!f.isAnnotationPresent(Inject.class) || !f.getType().isInterface()) {
                    continue;
                }
                ServiceReference<?> ref = bundleContext.getServiceReference(f.getType().getName());
                if (ref == null) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    f.set(this, bundleContext.getService(ref));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    protected static void await(String what, BooleanSupplier condition, int seconds) {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Timed out waiting for " + what);
    }

    /** A registered workspace: its id, owner email/password and API key. */
    protected record Workspace(String tenantId, String email, String password, String apiKey) {
    }

    protected Workspace register(String company, String plan) {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        String password = "a long passphrase " + UUID.randomUUID();
        Answer a = call("POST", "/tenants", null, "{\"companyName\":\"" + company + "\",\"adminEmail\":\"" + email
                + "\",\"adminPassword\":\"" + password + "\",\"plan\":\"" + plan + "\",\"locale\":\"en-IN\",\"currency\":\"INR\"}");
        if (a.status() != 201) {
            throw new AssertionError("Registration failed: " + a.status() + " " + a.body());
        }
        return new Workspace(a.json().get("tenantId").asText(), email, password, a.json().get("apiKey").asText());
    }

    /** A problem+json answer with this status, naming {@code field} when given, without a stack trace. */
    protected static void assertProblem(Answer a, int status, String field) {
        org.junit.Assert.assertEquals(a.body(), status, a.status());
        org.junit.Assert.assertEquals("application/problem+json", a.header("Content-Type"));
        JsonNode p = a.json();
        org.junit.Assert.assertEquals(status, p.get("status").asInt());
        org.junit.Assert.assertNotNull(p.get("requestId"));
        org.junit.Assert.assertNotNull(p.get("title"));
        if (field != null) {
            org.junit.Assert.assertEquals(a.body(), field, p.get("field").asText());
        }
        org.junit.Assert.assertFalse("no stack traces", a.body().contains("Exception") || a.body().contains("\tat "));
    }

    /** A small hardware catalog in the documented CSV format, for parser and intake tests. */
    protected static final String HARDWARE_CATALOG = "sku,name,aliases,unit,price,currency,stock\n"
            + "HB-M8-40,M8 hex bolt 40mm,hex bolt M8x40,pcs,4.50,INR,1200\n"
            + "HB-M8-60,M8 hex bolt 60mm,hex bolt M8x60,pcs,5.10,INR,0\n"
            + "TAPE-PVC,PVC insulation tape,electrical tape,roll,35,INR,80\n";

    /** Registers a workspace on the business plan and imports {@link #HARDWARE_CATALOG} into it. */
    protected Workspace withHardwareCatalog(String company) {
        Workspace w = register(company, "business");
        Answer imported = send("POST", "/catalog/import", w.apiKey(), "text/csv",
                HARDWARE_CATALOG.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
        org.junit.Assert.assertEquals(imported.body(), 200, imported.status());
        return w;
    }

    /**
     * Sets one key of {@code pid}'s configuration and answers the whole configuration as it was, for the test to put
     * back with {@code update} in a {@code finally} (the change reaches the components asynchronously: wait for it).
     */
    protected static java.util.Dictionary<String, Object> changeSetting(org.osgi.service.cm.ConfigurationAdmin admin, String pid,
            String key, String value) throws java.io.IOException {
        org.osgi.service.cm.Configuration c = admin.getConfiguration(pid, null);
        java.util.Dictionary<String, Object> before = c.getProperties();
        java.util.Hashtable<String, Object> changed = new java.util.Hashtable<>();
        for (java.util.Enumeration<String> keys = before.keys(); keys.hasMoreElements();) {
            String k = keys.nextElement();
            changed.put(k, before.get(k));
        }
        changed.put(key, value);
        c.update(changed);
        return before;
    }
}
