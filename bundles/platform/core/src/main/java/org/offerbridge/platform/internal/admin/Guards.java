package org.offerbridge.platform.internal.admin;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;

/** Role checks of the admin services: the same rule as {@code @RolesAllowed} on the REST methods. */
final class Guards {
    private Guards() {
    }

    /** The bound caller, who must hold at least {@code role}; fails closed without a bound tenant. */
    static TenantPrincipal atLeast(RequestContext context, Role role) {
        return context.require().requireRole(role);
    }
}
