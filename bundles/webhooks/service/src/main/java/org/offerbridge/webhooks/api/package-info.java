/** Outbound webhooks: what other capabilities call to tell a tenant's integrators that something happened, and the delivery log views read. */
@Export
@Version("1.2.0")
package org.offerbridge.webhooks.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
