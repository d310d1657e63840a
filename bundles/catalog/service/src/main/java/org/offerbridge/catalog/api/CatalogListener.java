package org.offerbridge.catalog.api;

import org.offerbridge.platform.api.TenantPrincipal;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told after a change to a tenant's catalog committed, e.g. so that the request parser rebuilds its index off
 * the request path. Registered as an OSGi service; called on a catalog thread, must return quickly.
 */
@ConsumerType
public interface CatalogListener {

    /** The catalog of {@code by.tenantId()} moved to {@code revision}; {@code by} made the change. */
    void catalogChanged(TenantPrincipal by, long revision);
}
