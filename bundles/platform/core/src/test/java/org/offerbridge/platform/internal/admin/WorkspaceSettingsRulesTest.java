package org.offerbridge.platform.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.admin.WorkspaceSettings.ProfileChange;
import org.offerbridge.platform.api.rest.ProblemException;

/** PATCH /workspace's rules are the shared field rules; refused input never reaches the store. */
class WorkspaceSettingsRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,hi", "ftp://example.com", "https://user:pw@example.com"})
    void aWebsiteIsAnHttpAddress(String website) {
        ProblemException e = refused(Role.ADMIN, change(null, website));
        assertEquals("website", e.field());
        assertEquals("field.url", e.messageKey());
    }

    @Test
    void nulCharactersAreRefusedInEveryText() {
        assertEquals("field.controlChars", refused(Role.ADMIN, change("Acme\u0000 Ltd", null)).messageKey());
        ProblemException e = refused(Role.ADMIN, new ProfileChange(null, null, null, null, "Main road\u0000", null, null, null));
        assertEquals("address", e.field());
        assertEquals("taxId", refused(Role.ADMIN, new ProfileChange(null, null, null, null, null, "GST\u0000", null, null)).field());
    }

    @Test
    void aPhoneIsAPhoneNumber() {
        assertEquals("field.phone", refused(Role.ADMIN, new ProfileChange(null, null, null, null, null, null, "call us", null))
                .messageKey());
    }

    @Test
    void salesMayNotChangeTheWorkspace() {
        ProblemException e = refused(Role.SALES, change("Hijacked", null));
        assertEquals(403, e.status());
        assertEquals("access.role", e.messageKey());
    }

    private static ProfileChange change(String company, String website) {
        return new ProfileChange(company, null, null, null, null, null, null, website);
    }

    private static ProblemException refused(Role role, ProfileChange change) {
        // no store: every refusal here happens before the workspace is read or written
        WorkspaceSettingsImpl settings = new WorkspaceSettingsImpl(null, bound(role));
        return assertThrows(ProblemException.class, () -> settings.update(change));
    }

    private static RequestContext bound(Role role) {
        RequestContext context = mock(RequestContext.class);
        when(context.require()).thenReturn(new TenantPrincipal("t1", "u1", null, role, "business"));
        return context;
    }
}
