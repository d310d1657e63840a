/**
 * The admin UI's contribution SPI. A capability bundle registers {@link org.offerbridge.ui.api.ViewContribution}
 * services; the shell shows each one in its menu while the service is registered, the tenant's plan includes
 * its capability and the user's role suffices. Views reach tenant-scoped services through
 * {@link org.offerbridge.ui.api.UiSession}, which binds the logged-in principal.
 */
@Export
@Version("1.3.0")
package org.offerbridge.ui.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
