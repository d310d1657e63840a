package org.offerbridge.platform.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Knows which capabilities are installed and which of them a tenant's plan allows. */
@ProviderType
public interface CapabilityRegistry {

    /** Every capability that is installed or named by the plan, with its status for this plan. */
    List<CapabilityStatus> statusFor(String planId);

    boolean isInstalled(String capabilityId);

    /** Installed capabilities. */
    List<Capability> installed();
}
