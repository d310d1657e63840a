package org.offerbridge.platform.api;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Operator-level view of all workspaces. Used by the shell commands; never exposed to tenants. */
@ProviderType
public interface TenantAdministration {

    record TenantSummary(String id, String companyName, String planId, String locale, String currency,
            Instant createdAt, long activeUsers, boolean suspended) {
    }

    /**
     * One device seen logging in to more than one account: a review signal for the operator, never acted
     * on automatically.
     */
    record DeviceSignal(String deviceHash, List<String> accounts, Instant firstSeen, Instant lastSeen) {
    }

    List<TenantSummary> list(int offset, int limit);

    /** @throws IllegalArgumentException for an unknown tenant or plan */
    void changePlan(String tenantId, String planId);

    /** Suspended tenants cannot authenticate; their data stays. */
    void setSuspended(String tenantId, boolean suspended);

    List<DeviceSignal> deviceSignals(int limit);
}
