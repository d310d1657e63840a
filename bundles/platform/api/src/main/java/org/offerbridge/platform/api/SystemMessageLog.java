package org.offerbridge.platform.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The tenant's log of problems the system found (catalog errors, failed deliveries, ...). Capabilities
 * write here; staff list and clear entries. Provided by the {@code offerbridge-system-messages} feature, so
 * writers take it as an optional reference.
 */
@ProviderType
public interface SystemMessageLog {

    enum Severity { INFO, WARNING, ERROR }

    /**
     * Records a message for a tenant. {@code source} names the capability (e.g. {@code catalog}); {@code
     * message} must not contain secrets.
     */
    void report(String tenantId, Severity severity, String source, String message);
}
