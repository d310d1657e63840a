package org.offerbridge.platform.api;

import java.util.Objects;

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

    /** A short actor label for audit trails: "user:ID" or "apikey:ID". */
    public String actor() {
        return userId != null ? "user:" + userId : "apikey:" + apiKeyId;
    }
}
