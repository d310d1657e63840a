package org.offerbridge.platform.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A workspace's standing as it is now, for work that runs without a caller (inbound calls from providers, background
 * processing): such work must act under the workspace's current plan, and not at all for a suspended workspace,
 * instead of under whatever plan was recorded when the work was set up.
 *
 * @since 1.8
 */
@ProviderType
public interface WorkspaceStanding {

    /** The workspace's current plan; empty when the workspace does not exist or is suspended. */
    Optional<String> activePlan(String tenantId);

    /** True when the workspace exists and is suspended (its data stays; it does nothing until resumed). */
    boolean suspended(String tenantId);
}
