package org.offerbridge.platform.api;

import java.util.Objects;

import org.offerbridge.platform.api.rest.ProblemException;

/**
 * Who is calling: the tenant, and the user or API key acting for it.
 *
 * @param tenantId the workspace; never null
 * @param userId   the staff user, or null when an API key acts
 * @param apiKeyId the API key, or null when a user session acts
 * @param role     what the caller may do inside the tenant
 * @param planId   the tenant's plan at the time of the request
 */
public record TenantPrincipal(String tenantId, String userId, String apiKeyId, Role role, String planId) {
    public TenantPrincipal {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(planId, "planId");
    }

    /** True when the caller's role may do everything {@code role} may. */
    public boolean hasRole(Role role) {
        return this.role.includes(role);
    }

    /**
     * This principal, when its role may do everything {@code role} may; otherwise a 403 problem. Services call it
     * for every write they guard, so no caller (REST, a view, another capability) can skip the rule.
     */
    public TenantPrincipal requireRole(Role role) {
        if (!hasRole(role)) {
            throw ProblemException.forbidden("This needs the role " + role.id() + " or higher; you have " + this.role.id())
                    .withMessage("access.role", role.id(), this.role.id());
        }
        return this;
    }

    /** A short actor label for audit trails: "user:ID" or "apikey:ID". */
    public String actor() {
        return userId != null ? "user:" + userId : "apikey:" + apiKeyId;
    }
}
