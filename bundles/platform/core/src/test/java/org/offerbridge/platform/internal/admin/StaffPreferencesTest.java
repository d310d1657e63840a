package org.offerbridge.platform.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.UsageMeter;
import org.offerbridge.platform.api.admin.StaffAdministration.Preferences;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.internal.PlatformConfig;
import org.offerbridge.platform.internal.persistence.UserEntity;
import org.offerbridge.platform.internal.persistence.UserStore;

/** A staff member's own language and time zone: any role, checked, and only their own. */
class StaffPreferencesTest {
    private final UserStore users = mock(UserStore.class);
    private final UserEntity me = new UserEntity();

    private StaffAdministrationImpl as(TenantPrincipal p) {
        RequestContext context = mock(RequestContext.class);
        when(context.require()).thenReturn(p);
        return new StaffAdministrationImpl(users, context, mock(UsageMeter.class), mock(PlatformConfig.class));
    }

    StaffPreferencesTest() {
        me.id = "u1";
        me.tenantId = "t1";
        when(users.find("t1", "u1")).thenReturn(Optional.of(me));
        when(users.updatePreferences(anyString(), anyString(), any(), any())).thenAnswer(inv -> {
            me.language = inv.getArgument(2);
            me.timeZone = inv.getArgument(3);
            return Optional.of(me);
        });
    }

    @Test
    void aViewerSetsTheirOwnLanguageAndZoneInCanonicalForm() {
        Preferences p = as(new TenantPrincipal("t1", "u1", null, Role.VIEWER, "starter")).updateMyPreferences("uk", "Europe/Kyiv");
        assertEquals(new Preferences("uk", "Europe/Kyiv"), p);
        verify(users).updatePreferences("t1", "u1", "uk", "Europe/Kyiv");
        p = as(new TenantPrincipal("t1", "u1", null, Role.VIEWER, "starter")).updateMyPreferences(null, " ");
        assertNull(p.language());
        assertNull(p.timeZone());
    }

    @Test
    void unsupportedLanguagesAndUnknownZonesAreRefusedNamingTheField() {
        StaffAdministrationImpl staff = as(new TenantPrincipal("t1", "u1", null, Role.SALES, "starter"));
        assertEquals("language", assertThrows(ProblemException.class, () -> staff.updateMyPreferences("ja", null)).field());
        assertEquals("timeZone", assertThrows(ProblemException.class, () -> staff.updateMyPreferences("hi", "Mars/Olympus")).field());
        verify(users, never()).updatePreferences(anyString(), anyString(), any(), any());
    }

    @Test
    void anApiKeyHasNoPreferences() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> as(new TenantPrincipal("t1", null, "k1", Role.ADMIN, "starter")).myPreferences());
        assertEquals(409, e.status());
    }
}
