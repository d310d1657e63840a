package org.offerbridge.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;
import org.offerbridge.platform.api.rest.ProblemException;

/** What a refusal by a service or a rule must look like, asserted the same way in every bundle's tests. */
public final class Refusals {
    private Refusals() {
    }

    /** A 400 validation problem naming {@code field}; returned for further checks (message key, arguments). */
    public static ProblemException assertInvalid(String field, Executable call) {
        ProblemException e = assertThrows(ProblemException.class, call);
        assertEquals(400, e.status(), e::getMessage);
        assertEquals("validation", e.type(), e::getMessage);
        assertEquals(field, e.field(), e::getMessage);
        return e;
    }

    /** A 403 from a service's own role check ({@code TenantPrincipal.requireRole}). */
    public static ProblemException assertForbidden(Executable call) {
        ProblemException e = assertThrows(ProblemException.class, call);
        assertEquals(403, e.status(), e::getMessage);
        assertEquals("access.role", e.messageKey(), e::getMessage);
        return e;
    }
}
