/** Tenant-scoped persistence: the one place where the tenant is added to every statement. */
@Export
@Version("1.2.0")
package org.offerbridge.platform.api.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
