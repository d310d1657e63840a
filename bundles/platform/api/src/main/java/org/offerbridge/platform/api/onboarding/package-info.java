/**
 * A new workspace's first steps. Capabilities contribute demo content ({@link DemoContent}, seeded once into the
 * demo workspace) and the counts behind the getting-started checklist ({@link SetupCount}); the platform offers the
 * checklist's per-workspace state ({@link GettingStarted}). The platform never depends on a capability: it only
 * sees these services.
 */
@Export
@Version("1.0.0")
package org.offerbridge.platform.api.onboarding;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
