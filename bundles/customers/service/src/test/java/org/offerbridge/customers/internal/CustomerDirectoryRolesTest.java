package org.offerbridge.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.offerbridge.platform.testing.Refusals.assertForbidden;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.customers.api.CustomerValues;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.rest.ProblemException;

/** The directory refuses a viewer's changes itself, as {@code @RolesAllowed(sales)} does on the REST methods. */
class CustomerDirectoryRolesTest {
    private static final CustomerValues CARD = new CustomerValues("Acme", null, null, List.of(), List.of(), List.of(), null);

    /** No store: a refused call must fail before it reaches the database. */
    private final CustomerDirectoryImpl asViewer = new CustomerDirectoryImpl(null, null, bound(Role.VIEWER));

    @Test
    void aViewerMayNotCreateChangeDeleteOrNote() {
        assertForbidden(() -> asViewer.create(CARD));
        assertForbidden(() -> asViewer.update("c1", CARD));
        assertForbidden(() -> asViewer.delete("c1"));
        assertForbidden(() -> asViewer.addNote("c1", "Call back"));
    }

    @Test
    void salesPassTheRoleCheckAndMeetTheInputRules() {
        CustomerDirectoryImpl asSales = new CustomerDirectoryImpl(null, null, bound(Role.SALES));
        ProblemException e = assertThrows(ProblemException.class, () -> asSales.create(new CustomerValues(" ", null, null, null, null,
                null, null)));
        assertEquals(400, e.status());
        assertEquals("name", e.field());
    }

    private static RequestContext bound(Role role) {
        RequestContext context = mock(RequestContext.class);
        when(context.require()).thenReturn(new TenantPrincipal("t1", "u1", null, role, "business"));
        return context;
    }
}
