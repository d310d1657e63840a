package org.offerbridge.platform.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offerbridge.platform.api.NoTenantBoundException;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.support.SupportReport;
import org.offerbridge.platform.api.support.SupportReports.Draft;
import org.offerbridge.platform.internal.persistence.AuditLog;
import org.offerbridge.platform.internal.persistence.TenantEntity;
import org.offerbridge.platform.internal.persistence.UserEntity;
import org.offerbridge.platform.internal.persistence.UserStore;
import org.offerbridge.platform.internal.persistence.WorkspaceStore;
import org.offerbridge.platform.testing.BoundCaller;
import org.offerbridge.platform.testing.Refusals;

/** Support reports: any role submits, the server fills in who and where, sizes are bounded and secrets masked. */
class SupportReportsImplTest {
    private static final Instant NOW = Instant.parse("2026-12-07T11:30:00Z");
    private final SupportReportStore store = mock(SupportReportStore.class);
    private final WorkspaceStore workspaces = mock(WorkspaceStore.class);
    private final UserStore users = mock(UserStore.class);
    private final AuditLog audit = mock(AuditLog.class);

    SupportReportsImplTest() {
        for (String t : List.of("t1", "t2")) {
            TenantEntity w = new TenantEntity();
            w.id = t;
            w.companyName = t.equals("t1") ? "Acme Hardware" : "Other Co";
            when(workspaces.find(t)).thenReturn(Optional.of(w));
        }
        for (Role r : Role.values()) {
            UserEntity u = new UserEntity();
            u.id = "u-" + r.id();
            u.tenantId = "t1";
            u.email = r.id() + "@acme.example";
            when(users.find("t1", u.id)).thenReturn(Optional.of(u));
        }
    }

    private SupportReportsImpl as(BoundCaller caller) {
        return new SupportReportsImpl(store, workspaces, users, audit, caller, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Draft draft(String description) {
        return new Draft("quotes/42", "Asia/Kolkata", "Mozilla/5.0 (X11; Linux x86_64) Chrome/120", "Something went wrong (ui-51a4e09d)",
                List.of("11:29:58 ui-51a4e09d"), List.of("11:29:50 open quotes", "11:29:57 save quote"), description);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleMaySubmitAndTheServerFillsInWorkspaceReporterAndTime(Role role) {
        SupportReport r = as(BoundCaller.withRole(role)).submit(draft("I pressed Save and got an error."));
        assertTrue(r.id().matches("sr-[0-9a-f]{12}"), r.id());
        assertEquals("t1", r.tenantId());
        assertEquals("Acme Hardware", r.companyName());
        assertEquals(role.id() + "@acme.example", r.reporter());
        assertEquals(role.id(), r.role());
        assertEquals(NOW, r.submittedAt());
        assertEquals("Asia/Kolkata", r.zoneId());
        assertEquals("quotes/42", r.view());
        assertEquals(List.of("11:29:58 ui-51a4e09d"), r.failedRequests());
        assertEquals(2, r.recentActions().size());
        verify(store).save(r);
        verify(audit).record(eq("t1"), eq("user:u-" + role.id()), eq("support.reported"), eq("support:" + r.id()), startsWith("view=quotes/42"));
    }

    @Test
    void anApiKeyIsNamedAsTheReporterAndAMissingZoneIsUtc() {
        BoundCaller key = BoundCaller.of(new TenantPrincipal("t1", null, "k9", Role.SALES, "business"));
        Draft d = new Draft(null, null, null, null, null, null, "It failed");
        SupportReport r = as(key).submit(d);
        assertEquals("apikey:k9", r.reporter());
        assertEquals("UTC", r.zoneId());
        assertEquals(List.of(), r.failedRequests());
    }

    @Test
    void theWorkspaceIsAlwaysTheBoundOneNeverAnotherTenants() {
        SupportReport r = as(BoundCaller.of(new TenantPrincipal("t2", "u-x", null, Role.VIEWER, "free"))).submit(draft("steps"));
        assertEquals("t2", r.tenantId());
        assertEquals("Other Co", r.companyName());
        // u-x is no user of t2: no email from another workspace, only the id
        assertEquals("user:u-x", r.reporter());
        verify(users).find("t2", "u-x");
        verify(users, never()).find(eq("t1"), anyString());
    }

    @Test
    void withoutABoundCallerNothingIsStored() {
        assertThrows(NoTenantBoundException.class, () -> as(BoundCaller.of(null)).submit(draft("x")));
        verify(store, never()).save(any());
    }

    @Test
    void sizesAndShapesAreRefusedNamingTheField() {
        SupportReportsImpl s = as(BoundCaller.withRole(Role.VIEWER));
        Refusals.assertInvalid("body", () -> s.submit(null));
        assertEquals("field.required", Refusals.assertInvalid("description", () -> s.submit(draft("  "))).messageKey());
        assertEquals("field.tooLong", Refusals.assertInvalid("description", () -> s.submit(draft("x".repeat(4001)))).messageKey());
        as(BoundCaller.withRole(Role.VIEWER)).submit(draft("x".repeat(4000)));
        Refusals.assertInvalid("description", () -> s.submit(draft("bad \u0000 byte")));
        List<String> eleven = new ArrayList<>(Collections.nCopies(11, "ui-00000000"));
        assertEquals("field.tooMany", Refusals.assertInvalid("failedRequests",
                () -> s.submit(new Draft(null, null, null, null, eleven, null, "d"))).messageKey());
        Refusals.assertInvalid("recentActions", () -> s.submit(new Draft(null, null, null, null, null, eleven, "d")));
        Refusals.assertInvalid("recentActions", () -> s.submit(new Draft(null, null, null, null, null, List.of("a\nb"), "d")));
        Refusals.assertInvalid("view", () -> s.submit(new Draft("v".repeat(501), null, null, null, null, null, "d")));
        Refusals.assertInvalid("zoneId", () -> s.submit(new Draft(null, "Mars/Olympus", null, null, null, null, "d")));
        // only the one valid 4000-character report reached the store
        verify(store).save(any());
    }

    @Test
    void keysLinkTokensAndPasswordsAreMaskedEverywhere() {
        String key = "obk_AbCdEfGhIjKlMnOp_" + "s".repeat(43);
        String token = "Zx9_" + "q".repeat(39);
        SupportReport r = as(BoundCaller.withRole(Role.SALES)).submit(new Draft("quotes/q/" + token, null, "UA",
                "401 with " + key, List.of("ui-51a4e09d"), List.of("curl -H 'Authorization: Bearer " + key + "'"),
                "My key is " + key + ", the customer link http://host/api/v1/q/" + token + " and password=hunter2hunter2; "
                        + "invite #!accept/" + token + " tenant 6f1c2a4e-5b7d-4c3a-9e8f-0a1b2c3d4e5f"));
        String all = String.join(" | ", r.view(), r.error(), String.join(",", r.recentActions()), r.description());
        assertFalse(all.contains("AbCdEfGh"), all);
        assertFalse(all.contains("sssss"), all);
        assertFalse(all.contains("qqqqq"), all);
        assertFalse(all.contains("hunter2"), all);
        assertTrue(r.description().contains("obk_…"), r.description());
        assertTrue(r.description().contains("/q/…"), r.description());
        assertTrue(r.description().contains("password=…"), r.description());
        // ids support needs are kept: a UUID and a ui- reference are no secrets
        assertTrue(r.description().contains("6f1c2a4e-5b7d-4c3a-9e8f-0a1b2c3d4e5f"), r.description());
        assertEquals(List.of("ui-51a4e09d"), r.failedRequests());
    }
}
