package org.offerbridge.platform.api;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The tenant's log of problems the system found (catalog errors, failed deliveries, ...). Capabilities
 * write here; staff list and clear entries. Provided by the {@code offerbridge-system-messages} feature, so
 * writers and readers take it as an optional reference.
 */
@ProviderType
public interface SystemMessageLog {

    enum Severity { INFO, WARNING, ERROR }

    /** One message as staff see it; {@code clearedAt} is null while the message is open. */
    record Entry(String id, Severity severity, String source, String message, Instant createdAt, Instant clearedAt,
            String clearedBy) {
    }

    /**
     * Records a message for a tenant. {@code source} names the capability (e.g. {@code catalog}); {@code
     * message} must not contain secrets.
     */
    void report(String tenantId, Severity severity, String source, String message);

    /** Open (uncleared) messages of the tenant bound in {@link RequestContext}. */
    long countOpen();

    /** Messages of the bound tenant, newest first, at most {@code limit}. */
    List<Entry> latest(boolean includeCleared, int limit);

    /** Clears one message of the bound tenant as the bound caller; false when the tenant has no such message. */
    boolean clear(String id);

    /** Clears every open message of the bound tenant as the bound caller; returns how many were cleared. */
    int clearAll();
}
