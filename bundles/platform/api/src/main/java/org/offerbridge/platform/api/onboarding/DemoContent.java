package org.offerbridge.platform.api.onboarding;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Example data a capability puts into the demo workspace, registered as an OSGi service by the capability. The
 * platform calls {@link #seed} once per demo workspace (it remembers which ids ran, so a capability installed later
 * seeds then and a restart seeds nothing twice), in ascending {@link #order}, with an owner of the demo workspace
 * bound in {@code RequestContext}: a seeder acts through its capability's own services.
 */
@ConsumerType
public interface DemoContent {

    /** Catalog products come first, then customer cards, requests, quotes. */
    int CATALOG = 100;
    int CUSTOMERS = 200;
    int REQUESTS = 300;
    int QUOTES = 400;

    /** A stable name remembered per workspace once seeded: lower case letters, digits and dashes. */
    String id();

    /** Position among the seeders, ascending (see the constants). */
    int order();

    /**
     * Adds the example data to {@code tenantId}, which is bound as the current tenant. Should leave what already
     * exists alone (seeding again adds nothing); a failure is logged by the platform and tried again on the next start.
     */
    void seed(String tenantId);
}
