package org.offerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.offerbridge.platform.api.Quota;
import org.offerbridge.platform.api.QuotaExceededException;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.StaffAuthentication;
import org.offerbridge.platform.api.TenantAdministration;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.UsageMeter;
import org.offerbridge.platform.api.net.ClientAddresses;
import org.offerbridge.platform.api.support.SupportInbox;
import org.offerbridge.platform.api.support.SupportReport;
import org.offerbridge.platform.api.support.SupportReports;
import org.ops4j.pax.exam.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The platform through its REST API on the real distribution: registration, tenant isolation of every
 * endpoint, problem+json for bad input with nothing written, roles, plans, idempotency, rate limits, login
 * throttling, operator shell commands, log lines with the support reference, and a capability feature that can be uninstalled and reinstalled without a restart.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends OfferbridgeTestSupport {

    @Inject
    TenantAdministration admin;

    @Inject
    FeaturesService features;

    @Inject
    SessionFactory sessions;

    @Inject
    UsageMeter usage;

    @Inject
    RequestContext context;

    @Inject
    ConfigurationAdmin configAdmin;

    @Inject
    ClientAddresses addresses;

    @Inject
    StaffAuthentication staffLogin;

    @Inject
    SupportReports supportReports;

    @Inject
    SupportInbox supportInbox;

    @Configuration
    public Option[] config() {
        // failed authentications are throttled per address; every test here comes from 127.0.0.1, so only
        // failedAuthenticationsAreThrottledPerAddress lowers the limit, for itself
        return baseOptions(editConfigurationFilePut("etc/org.offerbridge.platform.cfg", "authFailuresPerMinute", "1000000"));
    }

    @Before
    public void ready() {
        awaitApi();
    }

    @Test
    public void registrationValidatesEveryFieldAndWritesNothingOnError() {
        int before = admin.list(0, 10_000).size();
        Answer unknownPlan = call("POST", "/tenants", null,
                "{\"companyName\":\"X\",\"adminEmail\":\"x@example.com\",\"adminPassword\":\"long enough pass\",\"plan\":\"gold\"}");
        assertProblem(unknownPlan, 400, "plan");
        assertProblem(call("POST", "/tenants", null,
                "{\"companyName\":\"X\",\"adminEmail\":\"not-an-email\",\"adminPassword\":\"long enough pass\",\"plan\":\"free\"}"), 400, "adminEmail");
        assertProblem(call("POST", "/tenants", null,
                "{\"companyName\":\"X\",\"adminEmail\":\"x@example.com\",\"adminPassword\":\"short\",\"plan\":\"free\"}"), 400, "adminPassword");
        assertProblem(call("POST", "/tenants", null,
                "{\"companyName\":\"X\",\"adminEmail\":\"x@example.com\",\"adminPassword\":\"long enough pass\",\"plan\":\"free\",\"currency\":\"XXQ\"}"), 400, "currency");
        assertProblem(call("POST", "/tenants", null, "{\"companyName\": "), 400, "body");
        assertProblem(call("POST", "/tenants", null, "{\"companyName\":\"X\",\"surprise\":1}"), 400, "surprise");
        String huge = "{\"companyName\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        Answer tooBig = call("POST", "/tenants", null, huge);
        assertEquals(tooBig.body(), 413, tooBig.status());
        assertEquals("application/problem+json", tooBig.header("Content-Type"));
        assertEquals("nothing may be written by rejected registrations", before, admin.list(0, 10_000).size());

        Workspace w = register("Acme Hardware", "business");
        assertEquals(before + 1, admin.list(0, 10_000).size());
        JsonNode me = get("/auth/me", w.apiKey()).json();
        assertEquals(w.tenantId(), me.get("tenantId").asText());
        assertEquals("business", me.get("plan").asText());
    }

    @Test
    public void anotherTenantsDataIsAlways404() {
        Workspace a = register("Tenant A", "business");
        Workspace b = register("Tenant B", "business");

        // system messages
        Answer msg = call("POST", "/system-messages", a.apiKey(), "{\"severity\":\"error\",\"message\":\"ERP sync failed\"}");
        assertEquals(msg.body(), 201, msg.status());
        String msgId = msg.json().get("id").asText();
        assertEquals(404, call("POST", "/system-messages/" + msgId + "/clear", b.apiKey(), null).status());
        assertEquals(0, get("/system-messages", b.apiKey()).json().get("items").size());
        assertEquals(0, call("POST", "/system-messages/clear", b.apiKey(), null).json().get("cleared").asInt());
        assertEquals("B's clear-all must not touch A's messages", 1, get("/system-messages/summary", a.apiKey()).json().get("open").asInt());

        // users
        String aOwner = get("/auth/me", login(a)).json().get("userId").asText();
        assertEquals(404, get("/users/" + aOwner, b.apiKey()).status());
        assertEquals(404, call("PATCH", "/users/" + aOwner, b.apiKey(), "{\"active\":false}").status());
        for (JsonNode u : get("/users", b.apiKey()).json().get("items")) {
            assertFalse(u.get("email").asText().equals(a.email()));
        }

        // invitations
        Answer inv = call("POST", "/users/invitations", a.apiKey(), "{\"email\":\"sales@a.example\",\"role\":\"sales\"}");
        assertEquals(inv.body(), 201, inv.status());
        assertEquals(404, call("DELETE", "/users/invitations/" + inv.json().get("id").asText(), b.apiKey(), null).status());
        assertEquals(0, get("/users/invitations", b.apiKey()).json().size());

        // API keys
        String aKeyId = get("/api-keys", a.apiKey()).json().get(0).get("id").asText();
        assertEquals(404, call("DELETE", "/api-keys/" + aKeyId, b.apiKey(), null).status());
        assertEquals(200, get("/auth/me", a.apiKey()).status());
        for (JsonNode k : get("/api-keys", b.apiKey()).json()) {
            assertFalse(k.get("id").asText().equals(aKeyId));
        }

        // workspace profile, audit and login history are the caller's own
        assertEquals(b.tenantId(), get("/workspace", b.apiKey()).json().get("tenantId").asText());
        for (JsonNode e : get("/login-events", b.apiKey()).json()) {
            assertFalse(e.get("email").asText().equals(a.email()));
        }
        assertTrue(get("/audit", b.apiKey()).json().size() > 0);
        for (JsonNode e : get("/audit", b.apiKey()).json()) {
            assertFalse(e.get("target").asText().contains(a.tenantId()));
        }
    }

    @Test
    public void badInputOnEveryWriteIsA4xxNamingTheFieldAndChangesNothing() {
        Workspace a = register("Careful Co", "business");
        String token = login(a);
        String ownerId = get("/auth/me", token).json().get("userId").asText();

        assertProblem(call("PATCH", "/users/" + ownerId, a.apiKey(), "{\"role\":\"emperor\"}"), 400, "role");
        assertProblem(call("PATCH", "/users/" + ownerId, a.apiKey(), "{\"active\":\"maybe\"}"), 400, "active");
        assertProblem(call("PATCH", "/users/" + ownerId, token, "{\"active\":false}"), 409, null);
        JsonNode owner = get("/users/" + ownerId, a.apiKey()).json();
        assertEquals("owner", owner.get("role").asText());
        assertTrue(owner.get("active").asBoolean());

        assertProblem(call("POST", "/users/invitations", a.apiKey(), "{\"email\":\"nope\"}"), 400, "email");
        assertProblem(call("POST", "/users/invitations", a.apiKey(), "{\"email\":\"x@y.example\",\"role\":\"king\"}"), 400, "role");
        assertEquals(0, get("/users/invitations", a.apiKey()).json().size());

        int keys = get("/api-keys", a.apiKey()).json().size();
        assertProblem(call("POST", "/api-keys", a.apiKey(), "{\"name\":\"  \"}"), 400, "name");
        assertProblem(call("POST", "/api-keys", a.apiKey(), ""), 400, "body");
        assertProblem(call("POST", "/api-keys", a.apiKey(), null), 415, "Content-Type");
        assertEquals(keys, get("/api-keys", a.apiKey()).json().size());

        String company = get("/workspace", a.apiKey()).json().get("companyName").asText();
        assertProblem(call("PATCH", "/workspace", a.apiKey(), "{\"companyName\":\"New name\",\"currency\":\"XYZ\"}"), 400, "currency");
        assertProblem(call("PATCH", "/workspace", a.apiKey(), "{\"locale\":\"en_IN\"}"), 400, "locale");
        assertProblem(call("PATCH", "/workspace", a.apiKey(), "{\"website\":\"javascript:alert(1)\"}"), 400, "website");
        assertProblem(call("PATCH", "/workspace", a.apiKey(), "{\"companyName\":\"Nul\\u0000 Ltd\"}"), 400, "companyName");
        assertProblem(call("PATCH", "/workspace", a.apiKey(), "{\"address\":\"Main road\\u0000\"}"), 400, "address");
        Answer site = call("PATCH", "/workspace", a.apiKey(), "{\"website\":\"https://example.com\",\"taxId\":\"GST-1\"}");
        assertEquals(site.body(), 200, site.status());
        assertEquals("https://example.com", site.json().get("website").asText());
        Answer cleared = call("PATCH", "/workspace", a.apiKey(), "{\"website\":null}");
        assertFalse("null clears an optional field", cleared.json().hasNonNull("website"));
        assertEquals("an absent field stays", "GST-1", cleared.json().get("taxId").asText());
        assertEquals("a rejected change is not half-applied", company, get("/workspace", a.apiKey()).json().get("companyName").asText());

        assertProblem(call("POST", "/system-messages", a.apiKey(), "{\"severity\":\"loud\",\"message\":\"x\"}"), 400, "severity");
        assertProblem(call("POST", "/system-messages", a.apiKey(), "{\"message\":\"" + "m".repeat(2001) + "\"}"), 400, "message");
        assertEquals(0, get("/system-messages/summary", a.apiKey()).json().get("open").asInt());

        assertProblem(get("/users?limit=0", a.apiKey()), 400, "limit");
        assertProblem(get("/system-messages?status=closed", a.apiKey()), 400, "status");
        assertProblem(call("POST", "/invitations/accept", null, "{\"token\":\"bogus\",\"password\":\"long enough password\"}"), 404, null);
    }

    @Test
    public void rolesAreEnforcedPerMethod() {
        Workspace a = register("Roles Inc", "business");
        Answer viewer = call("POST", "/api-keys", a.apiKey(), "{\"name\":\"dashboard\",\"role\":\"viewer\"}");
        assertEquals(viewer.body(), 201, viewer.status());
        String viewerKey = viewer.json().get("key").asText();
        assertEquals(200, get("/capabilities", viewerKey).status());
        assertProblem(call("POST", "/api-keys", viewerKey, "{\"name\":\"escalate\",\"role\":\"admin\"}"), 403, null);
        assertProblem(call("PATCH", "/workspace", viewerKey, "{\"companyName\":\"Hijacked\"}"), 403, null);
        assertProblem(call("POST", "/api-keys", a.apiKey(), "{\"name\":\"boss\",\"role\":\"owner\"}"), 400, "role");
        assertProblem(get("/capabilities", null), 401, null);
        assertProblem(get("/capabilities", "obk_AAAAAAAAAAAAAAAA_" + "A".repeat(43)), 401, null);

        // a revoked key stops working at once
        String viewerId = viewer.json().get("id").asText();
        assertEquals(204, call("DELETE", "/api-keys/" + viewerId, a.apiKey(), null).status());
        assertEquals(401, get("/capabilities", viewerKey).status());
    }

    @Test
    public void planDecidesCapabilitiesAndQuotas() {
        Workspace a = register("Small Shop", "business");
        assertEquals(200, get("/system-messages", a.apiKey()).status());
        admin.changePlan(a.tenantId(), "bare");
        Answer denied = get("/system-messages", a.apiKey());
        assertProblem(denied, 402, null);
        assertTrue(denied.body(), denied.json().get("detail").asText().contains("bare"));
        assertTrue(denied.body(), denied.json().get("detail").asText().contains("system-messages"));
        JsonNode caps = get("/capabilities", a.apiKey()).json();
        assertEquals("bare", caps.get("plan").get("id").asText());

        // maxUsers=1: the owner is the only user the plan allows
        assertProblem(call("POST", "/users/invitations", a.apiKey(), "{\"email\":\"two@shop.example\"}"), 402, "users");
    }

    @Test
    public void usageIsMeteredPerTenantAgainstThePlanQuota() {
        Workspace a = register("Metered A", "free"); // free: parsesPerMonth=50
        Workspace b = register("Metered B", "free");
        TenantPrincipal inA = new TenantPrincipal(a.tenantId(), null, "itest", Role.ADMIN, "free");
        context.runAs(inA, () -> {
            usage.consume(Quota.PARSES_PER_MONTH, 49);
            usage.consume(Quota.PARSES_PER_MONTH, 1);
            try {
                usage.consume(Quota.PARSES_PER_MONTH, 1);
                throw new AssertionError("the 51st parse must exceed the free plan");
            } catch (QuotaExceededException expected) {
                assertEquals(50, expected.limit());
                assertEquals("free", expected.planId());
            }
            return null;
        });
        assertEquals(50, quotaUsed(a, Quota.PARSES_PER_MONTH));
        assertEquals("another tenant's counter is untouched", 0, quotaUsed(b, Quota.PARSES_PER_MONTH));
    }

    private long quotaUsed(Workspace w, String metric) {
        for (JsonNode q : get("/usage", w.apiKey()).json().get("quotas")) {
            if (q.get("metric").asText().equals(metric)) {
                return q.get("used").asLong();
            }
        }
        throw new AssertionError("no quota " + metric);
    }

    @Test
    public void rateLimitAnswers429WithRetryAfter() {
        Workspace a = register("Busy Bee", "business");
        admin.changePlan(a.tenantId(), "bare"); // 5 requests per minute per key
        Answer last = null;
        for (int i = 0; i < 8; i++) {
            last = get("/capabilities", a.apiKey());
            if (last.status() == 429) {
                break;
            }
        }
        assertProblem(last, 429, null);
        assertNotNull(last.header("Retry-After"));
        assertTrue(Integer.parseInt(last.header("Retry-After")) >= 1);

        // the log line of that refusal carries the tenant and the request id the caller was given
        String requestId = last.json().get("requestId").asText();
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        await("the rate-limit log line", () -> {
            try {
                return Files.readAllLines(log).stream().anyMatch(l -> l.contains("Rate limit reached")
                        && l.contains("tenant=" + a.tenantId()) && l.contains("req=" + requestId));
            } catch (IOException e) {
                return false;
            }
        }, 10);
    }

    @Test
    public void idempotencyKeyReplaysTheFirstResult() {
        Workspace a = register("Retry Ltd", "business");
        int keysBefore = get("/api-keys", a.apiKey()).json().size();
        String key = UUID.randomUUID().toString();
        Map<String, String> h = Map.of("Idempotency-Key", key);
        Answer first = call("POST", "/api-keys", a.apiKey(), "{\"name\":\"erp\",\"role\":\"sales\"}", h);
        Answer second = call("POST", "/api-keys", a.apiKey(), "{\"name\":\"erp\",\"role\":\"sales\"}", h);
        assertEquals(201, first.status());
        assertEquals(201, second.status());
        assertEquals(first.json().get("id").asText(), second.json().get("id").asText());
        assertEquals("true", second.header("Idempotent-Replayed"));
        assertEquals(keysBefore + 1, get("/api-keys", a.apiKey()).json().size());
        assertProblem(call("POST", "/api-keys", a.apiKey(), "{\"name\":\"other\",\"role\":\"sales\"}", h), 422, "Idempotency-Key");

        // the same key in another tenant is another request
        Workspace b = register("Retry Two", "business");
        Answer inB = call("POST", "/api-keys", b.apiKey(), "{\"name\":\"erp\",\"role\":\"sales\"}", h);
        assertEquals(201, inB.status());
        assertFalse(inB.json().get("id").asText().equals(first.json().get("id").asText()));
    }

    @Test
    public void loginLocksAfterRepeatedFailuresWithOneAnswerForAll() {
        Workspace a = register("Login Co", "business");
        String token = login(a);
        assertEquals(a.tenantId(), get("/auth/me", token).json().get("tenantId").asText());
        Answer unknown = call("POST", "/auth/login", null, "{\"email\":\"nobody@nowhere.example\",\"password\":\"whatever\"}");
        assertProblem(unknown, 401, null);
        for (int i = 0; i < 5; i++) {
            assertProblem(call("POST", "/auth/login", null, "{\"email\":\"" + a.email() + "\",\"password\":\"wrong password\"}"), 401, null);
        }
        Answer locked = call("POST", "/auth/login", null, "{\"email\":\"" + a.email() + "\",\"password\":\"" + a.password() + "\"}");
        assertProblem(locked, 401, null);
        assertEquals(unknown.json().get("detail").asText(), locked.json().get("detail").asText());
        assertEquals(204, call("POST", "/auth/logout", token, null).status());
        assertEquals(401, get("/auth/me", token).status());
    }

    @Test
    public void oneDeviceInSeveralAccountsIsAReviewSignalOnly() {
        Workspace a = register("Device A", "business");
        Workspace b = register("Device B", "business");
        String device = UUID.randomUUID().toString();
        Map<String, String> h = Map.of("X-Device-Id", device, "User-Agent", "itest-browser");
        for (Workspace w : new Workspace[] {a, b}) {
            Answer r = call("POST", "/auth/login", null, "{\"email\":\"" + w.email() + "\",\"password\":\"" + w.password() + "\"}", h);
            assertEquals(r.body(), 200, r.status());
        }
        TenantAdministration.DeviceSignal signal = admin.deviceSignals(1000).stream()
                .filter(s -> s.accounts().contains(a.tenantId() + "/" + a.email())).findFirst().orElseThrow(AssertionError::new);
        assertTrue(signal.accounts().toString(), signal.accounts().contains(b.tenantId() + "/" + b.email()));
        assertEquals(2, signal.accounts().size());
        // nothing automatic: both accounts keep working
        assertEquals(200, get("/auth/me", a.apiKey()).status());
        assertEquals(200, get("/auth/me", b.apiKey()).status());
    }

    @Test
    public void uninstallingACapabilityRemovesItsEndpointsWithoutRestart() throws Exception {
        Workspace a = register("Hot Deploy", "business");
        assertEquals(200, get("/system-messages", a.apiKey()).status());
        assertTrue(get("/openapi.json", null).body().contains("/system-messages"));
        features.uninstallFeature("offerbridge-system-messages");
        try {
            await("system-messages to disappear", () -> get("/system-messages", a.apiKey()).status() == 404, 30);
            assertFalse(get("/openapi.json", null).body().contains("/system-messages"));
            JsonNode caps = get("/capabilities", a.apiKey()).json().get("capabilities");
            boolean installed = false;
            for (JsonNode c : caps) {
                if (c.get("id").asText().equals("system-messages")) {
                    installed = c.get("installed").asBoolean();
                }
            }
            assertFalse(installed);
            assertEquals(200, get("/capabilities", a.apiKey()).status());
        } finally {
            features.installFeature("offerbridge-system-messages");
        }
        await("system-messages to come back", () -> get("/system-messages", a.apiKey()).status() == 200, 60);
    }

    @Test
    public void operatorShellCommandsListAndChangePlans() throws Exception {
        Workspace a = register("Shell Tested Ltd", "business");
        String list = shell("offerbridge:tenant-list --limit 10000");
        assertTrue(list, list.contains(a.tenantId()));
        assertTrue(list, list.contains("Shell Tested Ltd"));
        assertTrue(shell("offerbridge:plan-list"), shell("offerbridge:plan-list").contains("bare"));

        String unknown = shell("offerbridge:plan-set " + a.tenantId() + " gold");
        assertTrue(unknown, unknown.contains("Unknown plan 'gold'"));
        assertEquals("business", get("/auth/me", a.apiKey()).json().get("plan").asText());

        shell("offerbridge:plan-set " + a.tenantId() + " starter");
        assertEquals("starter", get("/auth/me", a.apiKey()).json().get("plan").asText());

        shell("offerbridge:tenant-suspend " + a.tenantId());
        assertEquals(401, get("/auth/me", a.apiKey()).status());
        shell("offerbridge:tenant-suspend --resume " + a.tenantId());
        assertEquals(200, get("/auth/me", a.apiKey()).status());
    }

    @Test
    public void onlyTheBearerSchemeCarriesACredential() {
        Workspace a = register("Scheme Ltd", "business");
        Answer bare = call("GET", "/auth/me", null, null, Map.of("Authorization", a.apiKey()));
        assertProblem(bare, 401, null);
        assertEquals("Bearer", bare.header("WWW-Authenticate"));
        assertTrue(bare.json().get("detail").asText().contains("Bearer"));
        assertProblem(call("GET", "/auth/me", null, null, Map.of("Authorization", "Basic " + a.apiKey())), 401, null);
        assertProblem(call("GET", "/auth/me", null, null, Map.of("Authorization", "Token " + a.apiKey())), 401, null);
        // the scheme is case-insensitive (RFC 9110)
        Answer lower = call("GET", "/auth/me", null, null, Map.of("Authorization", "bearer " + a.apiKey()));
        assertEquals(lower.body(), 200, lower.status());
        assertEquals(a.tenantId(), lower.json().get("tenantId").asText());
    }

    @Test
    public void failedAuthenticationsAreThrottledPerAddress() throws Exception {
        Workspace a = register("Guarded Ltd", "business");
        org.osgi.service.cm.Configuration cfg = configAdmin.getConfiguration("org.offerbridge.platform", null);
        java.util.Dictionary<String, Object> props = cfg.getProperties();
        props.put("authFailuresPerMinute", "5");
        cfg.update(props);
        try {
            String forged = "obk_AAAAAAAAAAAAAAAA_" + "B".repeat(43);
            Answer last = null;
            for (int i = 0; i < 40; i++) {
                last = get("/capabilities", forged);
                if (last.status() == 429) {
                    break;
                }
                assertProblem(last, 401, null);
            }
            assertProblem(last, 429, null);
            assertTrue(Integer.parseInt(last.header("Retry-After")) >= 1);
            // while the address is over its budget no credential is checked, so a right guess is not revealed
            assertProblem(get("/auth/me", a.apiKey()), 429, null);
            // requests without credentials and other addresses are not affected
            assertEquals(200, get("/openapi.json", null).status());
            assertTrue("another address still authenticates", rawStatusFrom("127.0.0.2", "/auth/me", a.apiKey()) == 200);
        } finally {
            props.put("authFailuresPerMinute", "1000000");
            cfg.update(props);
        }
        await("the limit to be lifted", () -> get("/auth/me", a.apiKey()).status() == 200, 30);
    }

    /** The status of a GET sent from another loopback address (Java's HttpClient cannot choose its local address). */
    private static int rawStatusFrom(String localAddress, String path, String token) {
        return rawFrom(localAddress, "GET", path, Map.of("Authorization", "Bearer " + token), null).status();
    }

    /**
     * A request sent from another loopback address, with a JSON body when {@code body} is not null. HTTP/1.0, so the
     * answer is neither chunked nor kept alive: everything after the head is the body.
     */
    private static Answer rawFrom(String localAddress, String method, String path, Map<String, String> headers, String body) {
        int port = Integer.parseInt(BASE.replaceFirst("^http://localhost:(\\d+)/.*$", "$1"));
        StringBuilder request = new StringBuilder(method + " /api/v1" + path + " HTTP/1.0\r\nHost: localhost\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            request.append("Content-Type: application/json\r\n");
        }
        request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port,
                java.net.InetAddress.getByName(localAddress), 0)) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().write(content);
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String[] head = (split < 0 ? answer : answer.substring(0, split)).split("\r\n");
            Map<String, List<String>> answerHeaders = new java.util.HashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                if (colon > 0) {
                    answerHeaders.computeIfAbsent(head[i].substring(0, colon).strip(), k -> new java.util.ArrayList<>())
                            .add(head[i].substring(colon + 1).strip());
                }
            }
            return new Answer(Integer.parseInt(head[0].substring(9, 12)), answerHeaders, split < 0 ? "" : answer.substring(split + 4));
        } catch (IOException e) {
            return new Answer(-1, Map.of(), e.toString());
        }
    }

    private static String loginBody(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    /** Changes platform settings; the components see them shortly after (configuration events are asynchronous). */
    private void updatePlatform(Map<String, String> settings) throws IOException {
        org.osgi.service.cm.Configuration cfg = configAdmin.getConfiguration("org.offerbridge.platform", null);
        java.util.Dictionary<String, Object> props = cfg.getProperties();
        settings.forEach(props::put);
        cfg.update(props);
    }

    /**
     * Wrong passwords for ever new unknown accounts (no account lockout interferes), sent from {@code local} with
     * {@code headers}, until the address is refused.
     */
    private static Answer guessPasswordsUntilRefused(String local, Map<String, String> headers) {
        Answer last = null;
        for (int i = 0; i < 300; i++) {
            last = rawFrom(local, "POST", "/auth/login", headers, loginBody("nobody-" + i + "-" + UUID.randomUUID() + "@example.com", "guess " + i));
            if (last.status() == 429) {
                return last;
            }
            assertProblem(last, 401, null);
        }
        return last;
    }

    /** Each test below uses loopback addresses of its own: a refused address stays refused for a while. */
    @Test
    public void failedLoginsAreThrottledPerAddressWhicheverAccountTheyTry() throws Exception {
        Workspace a = register("Sprayed Ltd", "business");
        Workspace b = register("Also Sprayed Ltd", "business");
        String guesser = "127.0.0.3";
        String other = "127.0.0.4";
        updatePlatform(Map.of("authFailuresPerMinute", "5"));
        try {
            // spraying: one guess at each real account, then ever new ones
            assertProblem(rawFrom(guesser, "POST", "/auth/login", Map.of(), loginBody(a.email(), "wrong password")), 401, null);
            assertProblem(rawFrom(guesser, "POST", "/auth/login", Map.of(), loginBody(b.email(), "wrong password")), 401, null);
            Answer refused = guessPasswordsUntilRefused(guesser, Map.of());
            assertProblem(refused, 429, null);
            assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1);
            assertTrue(refused.json().get("detail").asText().contains("failed authentications"));
            // the password is not checked any more: a right one is refused like a wrong one, and reveals nothing
            Answer right = rawFrom(guesser, "POST", "/auth/login", Map.of(), loginBody(a.email(), a.password()));
            assertProblem(right, 429, null);
            assertNotNull(right.header("Retry-After"));
            // one count for every credential: the address's API-key calls wait as well
            assertEquals(429, rawStatusFrom(guesser, "/auth/me", a.apiKey()));
            // another address logs in and calls as usual
            Answer login = rawFrom(other, "POST", "/auth/login", Map.of(), loginBody(a.email(), a.password()));
            assertEquals(login.body(), 200, login.status());
            assertEquals(a.tenantId(), login.json().get("tenantId").asText());
            assertEquals(200, rawStatusFrom(other, "/auth/me", b.apiKey()));
            assertProblem(rawFrom(other, "POST", "/auth/login", Map.of(), loginBody(b.email(), "wrong password")), 401, null);
        } finally {
            updatePlatform(Map.of("authFailuresPerMinute", "1000000"));
        }
        await("the limit to be lifted", () -> rawStatusFrom(guesser, "/auth/me", a.apiKey()) == 200, 30);
        assertEquals(200, rawFrom(guesser, "POST", "/auth/login", Map.of(), loginBody(a.email(), a.password())).status());
    }

    @Test
    public void theAdminUiLoginSharesTheFailureCountOfItsClientAddress() throws Exception {
        Workspace a = register("Console Ltd", "business");
        StaffAuthentication.Device guesser = new StaffAuthentication.Device("198.51.100.20", "Firefox", null, "en");
        updatePlatform(Map.of("authFailuresPerMinute", "5"));
        try {
            StaffAuthentication.Login last = null;
            for (int i = 0; i < 300; i++) {
                last = staffLogin.login("nobody-" + i + "-" + UUID.randomUUID() + "@example.com", "guess".toCharArray(), null, guesser);
                if (last.failure() == StaffAuthentication.Failure.TOO_MANY_ATTEMPTS) {
                    break;
                }
                assertEquals(StaffAuthentication.Failure.REJECTED, last.failure());
            }
            assertEquals(StaffAuthentication.Failure.TOO_MANY_ATTEMPTS, last.failure());
            // refused before the password is checked
            assertEquals(StaffAuthentication.Failure.TOO_MANY_ATTEMPTS,
                    staffLogin.login(a.email(), a.password().toCharArray(), null, guesser).failure());
            // without a trusted proxy a forwarding header changes nothing
            StaffAuthentication.Device claiming = new StaffAuthentication.Device("198.51.100.20", "Firefox", null, "en",
                    Map.of("X-Forwarded-For", List.of("198.51.100.22")));
            assertEquals(StaffAuthentication.Failure.TOO_MANY_ATTEMPTS,
                    staffLogin.login(a.email(), a.password().toCharArray(), null, claiming).failure());
            // another address signs in
            StaffAuthentication.Login ok = staffLogin.login(a.email(), a.password().toCharArray(), null,
                    new StaffAuthentication.Device("198.51.100.21", "Firefox", null, "en"));
            assertTrue(ok.succeeded());
            staffLogin.logout(ok.sessionToken());
        } finally {
            updatePlatform(Map.of("authFailuresPerMinute", "1000000"));
        }
    }

    @Test
    public void behindATrustedProxyEachForwardedClientHasItsOwnCount() throws Exception {
        Workspace a = register("Proxied Ltd", "business");
        String proxy = "127.0.0.6";
        String untrusted = "127.0.0.5";
        String clientA = "203.0.113.10";
        String clientB = "203.0.113.11";
        Map<String, String> fromA = Map.of("X-Forwarded-For", clientA);
        Map<String, String> fromB = Map.of("X-Forwarded-For", clientB);
        String bearer = "Bearer " + a.apiKey();
        updatePlatform(Map.of("authFailuresPerMinute", "5", "trustedProxies", "127.0.0.6, 10.0.0.0/8"));
        try {
            await("127.0.0.6 to be a trusted proxy", () -> clientA.equals(addresses.resolve(proxy, h -> List.of(clientA))), 30);
            Answer refused = guessPasswordsUntilRefused(proxy, fromA);
            assertProblem(refused, 429, null);
            assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1);
            // what the client wrote left of the proxy's entry does not change who it is
            assertProblem(rawFrom(proxy, "POST", "/auth/login", Map.of("X-Forwarded-For", "198.51.100.1, " + clientA),
                    loginBody(a.email(), a.password())), 429, null);
            assertEquals(429, rawFrom(proxy, "GET", "/auth/me", Map.of("X-Forwarded-For", clientA, "Authorization", bearer), null).status());
            // another client behind the same proxy is not affected
            assertProblem(rawFrom(proxy, "POST", "/auth/login", fromB, loginBody(a.email(), "wrong password")), 401, null);
            Answer ok = rawFrom(proxy, "POST", "/auth/login", fromB, loginBody(a.email(), a.password()));
            assertEquals(ok.body(), 200, ok.status());
            assertEquals(200, rawFrom(proxy, "GET", "/auth/me", Map.of("X-Forwarded-For", clientB, "Authorization", bearer), null).status());
            // nor is the proxy's own address (a request without the header)
            assertEquals(200, rawStatusFrom(proxy, "/auth/me", a.apiKey()));
            // an untrusted peer cannot claim to be someone else: its header is ignored, it is itself
            assertEquals(200, rawFrom(untrusted, "GET", "/auth/me", Map.of("X-Forwarded-For", clientA, "Authorization", bearer), null).status());
            for (int i = 0; i < 5; i++) {
                assertEquals(401, rawFrom(untrusted, "GET", "/auth/me", Map.of("X-Forwarded-For", "192.0.2." + i,
                        "Authorization", "Bearer obk_forged" + i), null).status());
            }
            assertEquals("rotating the header does not escape the count", 429, rawStatusFrom(untrusted, "/auth/me", a.apiKey()));
        } finally {
            updatePlatform(Map.of("authFailuresPerMinute", "1000000", "trustedProxies", ""));
        }
        await("the proxy setting to be gone", () -> proxy.equals(addresses.resolve(proxy, h -> List.of(clientA))), 30);
        await("the limit to be lifted", () -> rawStatusFrom(untrusted, "/auth/me", a.apiKey()) == 200, 30);
    }


    @Test
    public void aQuoteLinkTokenInAPathIsMaskedInTheLog() throws Exception {
        String token = "tok" + UUID.randomUUID().toString().replace("-", "");
        assertEquals(404, get("/q/" + token + "/no-such-page", null).status());
        assertEquals(404, get("/q/" + token, null).status());
        Workspace a = register("Masked Ltd", "business");
        assertProblem(get("/no-such-resource/q/" + token, a.apiKey()), 404, null);
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        // a marker logged after the requests: once it is in the file, so is anything they logged
        String marker = "marker-" + UUID.randomUUID();
        org.slf4j.LoggerFactory.getLogger(PlatformIT.class).warn("{} /q/{}", marker, token);
        await("the marker line", () -> read(log).contains(marker), 10);
        String text = read(log);
        assertTrue("the marker's token is masked", text.contains(marker + " /q/***"));
        assertFalse("no quote link token in the log", text.contains(token));
    }

    @Test
    public void theCustomersPdfCarriesThePublicPagesSecurityHeaders() {
        Workspace w = withHardwareCatalog("Pdf Headers Ltd");
        Answer q = call("POST", "/quotes", w.apiKey(), "{\"customer\":{\"name\":\"Sharma Traders\",\"email\":\"buy@sharma.example\"},"
                + "\"currency\":\"INR\",\"lines\":[{\"sku\":\"HB-M8-40\",\"quantity\":2}]}");
        assertEquals(q.body(), 201, q.status());
        String id = q.json().get("id").asText();
        Answer sent = call("POST", "/quotes/" + id + "/send", w.apiKey(), "{}");
        assertEquals(sent.body(), 200, sent.status());
        String url = sent.json().get("publicUrl").asText();
        String path = url.substring(url.indexOf("/api/v1") + "/api/v1".length());
        for (Answer pdf : new Answer[] {get(path + "/pdf", null), get("/quotes/" + id + "/pdf", w.apiKey())}) {
            assertEquals(pdf.body(), 200, pdf.status());
            assertEquals("application/pdf", pdf.header("Content-Type"));
            assertEquals("nosniff", pdf.header("X-Content-Type-Options"));
            assertEquals("DENY", pdf.header("X-Frame-Options"));
            assertTrue(pdf.header("Content-Security-Policy"), pdf.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
            assertTrue(pdf.header("Content-Security-Policy").contains("default-src 'none'"));
        }
        assertEquals("no-store", get(path + "/pdf", null).header("Cache-Control"));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    public void aSupportReportIsListedForItsOwnWorkspaceOnlyWithSecretsMasked() throws Exception {
        Workspace a = register("Support Seeker A", "business");
        Workspace b = register("Support Bystander B", "business");
        String userA = get("/auth/me", login(a)).json().get("userId").asText();
        // a viewer may report: the least role there is
        TenantPrincipal viewerA = new TenantPrincipal(a.tenantId(), userA, null, Role.VIEWER, "business");
        SupportReport r = context.runAs(viewerA, () -> supportReports.submit(new SupportReports.Draft("quotes/42",
                "Europe/Berlin", "itest-browser/1.0", "Something went wrong (ui-51a4e09d)", List.of("11:29:58Z ui-51a4e09d"),
                List.of("11:29:50Z open quotes/42", "11:29:57Z click quote-save"),
                "I saved the quote. My key is " + a.apiKey() + " if that helps.")));
        assertEquals(a.tenantId(), r.tenantId());
        assertEquals(a.email(), r.reporter());
        assertEquals("Support Seeker A", r.companyName());
        assertFalse(r.description(), r.description().contains(a.apiKey()));

        // the operator service: A's report for A, nothing of A's for B
        assertTrue(supportInbox.latest(a.tenantId(), 50).stream().anyMatch(x -> x.id().equals(r.id())));
        assertTrue(supportInbox.latest(b.tenantId(), 50).isEmpty());
        assertTrue(supportInbox.latest(null, 500).stream().anyMatch(x -> x.id().equals(r.id())));

        // the operator commands
        String listA = shell("offerbridge:support-list --tenant " + a.tenantId() + " --limit 5");
        assertTrue(listA, listA.contains(r.id()));
        assertTrue(listA, listA.contains("Support Seeker A"));
        String listB = shell("offerbridge:support-list --tenant " + b.tenantId());
        assertFalse(listB, listB.contains(r.id()));
        assertFalse(listB, listB.contains("Support Seeker A"));
        String shown = shell("offerbridge:support-show " + r.id());
        assertTrue(shown, shown.contains("Reporter: " + a.email() + " (viewer)"));
        assertTrue(shown, shown.contains("Europe/Berlin"));
        assertTrue(shown, shown.contains("  11:29:58Z ui-51a4e09d"));
        assertTrue(shown, shown.contains("My key is obk_…"));
        assertFalse(shown, shown.contains(a.apiKey()));
        assertTrue(shell("offerbridge:support-show sr-000000000000").contains("Unknown report"));

        // audited in A's trail, not in B's
        assertTrue(get("/audit", a.apiKey()).body(), get("/audit", a.apiKey()).body().contains("support:" + r.id()));
        assertFalse(get("/audit", b.apiKey()).body().contains(r.id()));
    }

    /** Runs a Karaf shell command as the operator would in the console and returns what it printed. */
    private String shell(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessions.create(new ByteArrayInputStream(new byte[0]), out, out);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private String login(Workspace w) {
        Answer r = call("POST", "/auth/login", null, "{\"email\":\"" + w.email() + "\",\"password\":\"" + w.password() + "\"}");
        assertEquals(r.body(), 200, r.status());
        return r.json().get("token").asText();
    }

    @Test
    public void selfServiceRegistrationIsLimitedToTheOpenPlansAndTheOperatorAssignsTheOthers() throws Exception {
        int before = admin.list(0, 10_000).size();
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        Answer enterprise = call("POST", "/tenants", null, "{\"companyName\":\"Big Corp\",\"adminEmail\":\"" + email
                + "\",\"adminPassword\":\"a long passphrase for big corp\",\"plan\":\"enterprise\"}");
        assertProblem(enterprise, 400, "plan");
        assertTrue(enterprise.body(), enterprise.json().get("detail").asText().contains("assigned by the operator"));
        assertEquals("nothing was written", before, admin.list(0, 10_000).size());

        Answer business = call("POST", "/tenants", null, "{\"companyName\":\"Big Corp\",\"adminEmail\":\"" + email
                + "\",\"adminPassword\":\"a long passphrase for big corp\",\"plan\":\"business\"}");
        assertEquals(business.body(), 201, business.status());
        String tenantId = business.json().get("tenantId").asText();
        String key = business.json().get("apiKey").asText();
        // the operator still assigns any plan
        shell("offerbridge:plan-set " + tenantId + " enterprise");
        assertEquals("enterprise", get("/auth/me", key).json().get("plan").asText());
        assertEquals("another workspace keeps its plan", "business", get("/auth/me", register("Small Corp", "business").apiKey())
                .json().get("plan").asText());
    }

    @Test
    public void commonAndBlankPasswordsAreRefusedAtRegistrationAndInvitation() {
        int before = admin.list(0, 10_000).size();
        for (String password : new String[] {"password1234", "PASSWORD1234", "            ", "aaaaaaaaaaaa"}) {
            Answer a = call("POST", "/tenants", null, "{\"companyName\":\"Weak Ltd\",\"adminEmail\":\"weak-" + UUID.randomUUID()
                    + "@example.com\",\"adminPassword\":\"" + password + "\",\"plan\":\"business\"}");
            assertProblem(a, 400, "adminPassword");
            assertTrue(a.body(), a.json().get("detail").asText().contains("too common"));
        }
        assertEquals("nothing was written", before, admin.list(0, 10_000).size());
        Answer accept = call("POST", "/invitations/accept", null, "{\"token\":\"no-such-token\",\"password\":\"password1234\"}");
        assertProblem(accept, 400, "password");
    }

    /**
     * The demo workspace gets every installed capability's demo content, through their services, and no other
     * workspace gets any. The test containers start without a demo workspace; a login file of an earlier start names
     * one, which the platform adopts as the demo workspace when demoWorkspace is switched on (as after an upgrade).
     */
    @Test
    public void theDemoWorkspaceIsSeededWithDemoContentAndOtherWorkspacesStayEmpty() throws Exception {
        Workspace demo = register("Demo Trading Co", "business");
        Workspace other = register("Registered Later", "business");
        Files.writeString(Path.of(System.getProperty("karaf.data"), "demo-workspace.txt"),
                "Offerbridge demo workspace\n  Tenant   : " + demo.tenantId() + "\n", StandardCharsets.UTF_8);
        org.osgi.framework.ServiceReference<org.osgi.service.cm.ConfigurationAdmin> ref =
                bundleContext.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
        org.osgi.service.cm.Configuration platform = bundleContext.getService(ref).getConfiguration("org.offerbridge.platform", null);
        java.util.Dictionary<String, Object> props = platform.getProperties();
        props.put("demoWorkspace", "true");
        platform.update(props);

        await("the demo workspace's draft quote", () -> {
            Answer quotes = get("/quotes", demo.apiKey());
            return quotes.status() == 200 && quotes.json().get("items").size() > 0;
        }, 120);
        assertTrue(get("/catalog/products?limit=200", demo.apiKey()).json().get("items").size() >= 24);
        assertEquals(3, get("/customers", demo.apiKey()).json().get("items").size());
        JsonNode requests = get("/requests", demo.apiKey()).json().get("items");
        assertEquals(3, requests.size());
        for (JsonNode r : requests) {
            assertEquals(r.toString(), "proposed", r.get("status").asText());
            JsonNode full = get("/requests/" + r.get("id").asText(), demo.apiKey()).json();
            assertTrue(full.toString(), full.get("proposal").size() >= 3);
            assertFalse("linked to a customer card", full.get("customerId").isNull());
        }
        JsonNode quotes = get("/quotes", demo.apiKey()).json().get("items");
        assertEquals(1, quotes.size());
        assertEquals("draft", quotes.get(0).get("status").asText());

        // Tenant separation: the other workspace, registered before and after, has none of it.
        Workspace later = register("Registered After", "business");
        for (Workspace w : new Workspace[] {other, later}) {
            assertEquals(0, get("/catalog/products", w.apiKey()).json().get("items").size());
            assertEquals(0, get("/catalog/products?q=BLT-M8-40", w.apiKey()).json().get("items").size());
            assertEquals(0, get("/customers", w.apiKey()).json().get("items").size());
            assertEquals(0, get("/requests", w.apiKey()).json().get("items").size());
            assertEquals(0, get("/quotes", w.apiKey()).json().get("items").size());
        }
        awaitApi();
    }
}
