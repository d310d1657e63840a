package org.offerbridge.platform.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Knows which capabilities are installed and which of them a tenant's plan allows. */
@ProviderType
public interface CapabilityRegistry {

    /** Every capability that is installed or named by the plan, with its status for this plan. */
    List<CapabilityStatus> statusFor(String planId);

    boolean isInstalled(String capabilityId);

    /** True when the plan exists and includes the capability, installed or not. */
    boolean planIncludes(String planId, String capabilityId);

    /**
     * The one plan check: the capability is installed on this server and the caller's plan includes it. The REST
     * gateway, the admin UI's menu and services that offer an optional capability all ask this.
     */
    default boolean allows(TenantPrincipal principal, String capabilityId) {
        return isInstalled(capabilityId) && planIncludes(principal.planId(), capabilityId);
    }

    /** Installed capabilities. */
    List<Capability> installed();
}
