package org.offerbridge.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.rest.ProblemException;

class RolesTest {
    @Test
    void requireRoleAnswersForbiddenBelowTheRoleAndPassesAtOrAbove() {
        TenantPrincipal sales = new TenantPrincipal("t1", "u1", null, Role.SALES, "starter");
        assertSame(sales, sales.requireRole(Role.SALES));
        assertSame(sales, sales.requireRole(Role.VIEWER));
        ProblemException e = assertThrows(ProblemException.class, () -> sales.requireRole(Role.ADMIN));
        assertEquals(403, e.status());
        assertEquals("access.role", e.messageKey());
    }
}
