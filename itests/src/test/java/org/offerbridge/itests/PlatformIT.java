package org.offerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

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
import org.offerbridge.platform.api.TenantAdministration;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.UsageMeter;
import org.offerbridge.platform.api.support.SupportInbox;
import org.offerbridge.platform.api.support.SupportReport;
import org.offerbridge.platform.api.support.SupportReports;
import org.ops4j.pax.exam.Configuration;
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
    SupportReports supportReports;

    @Inject
    SupportInbox supportInbox;

    @Configuration
    public Option[] config() {
        return baseOptions();
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
}
