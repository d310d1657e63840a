package org.offerbridge.platform.internal.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;

class ThreadRequestContextTest {
    private final ThreadRequestContext context = new ThreadRequestContext();
    private final TenantPrincipal staff = new TenantPrincipal("t1", "u1", null, Role.SALES, "business");

    @Test
    void aCallWithItsOwnRequestIdCarriesItAndRestoresTheOuterOne() {
        context.begin("outer");
        try {
            // (the log's MDC follows the same id; the unit test's logging binding keeps no MDC)
            String seen = context.runAs(staff, "ui-call", () -> context.requestId() + " " + context.require().tenantId());
            assertEquals("ui-call t1", seen);
            assertEquals("outer", context.requestId());
        } finally {
            context.end();
        }
    }

    @Test
    void outsideARequestTheIdIsGoneAfterTheCallAlsoWhenItFails() {
        assertThrows(IllegalStateException.class, () -> context.runAs(staff, "ui-failing", () -> {
            throw new IllegalStateException("refused");
        }));
        assertNull(context.requestId());
        assertEquals(false, context.current().isPresent());
    }
}
