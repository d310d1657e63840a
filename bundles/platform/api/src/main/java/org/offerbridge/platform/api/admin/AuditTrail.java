package org.offerbridge.platform.api.admin;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The bound workspace's record of administrative changes (admin only). */
@ProviderType
public interface AuditTrail {

    record Event(Instant at, String actor, String action, String target, String detail) {
    }

    /** Newest first, at most {@code limit} (1..200). */
    List<Event> latest(int limit);

    /**
     * Records a change made by the bound caller in the bound workspace, e.g. {@code ("catalog.imported",
     * "catalog", "rows=1200 new=12 updated=1188 errors=0")}. Capabilities call it after their change committed.
     * {@code detail} must not contain secrets.
     */
    void record(String action, String target, String detail);
}
