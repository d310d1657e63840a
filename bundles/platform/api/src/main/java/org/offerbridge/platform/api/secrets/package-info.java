/** Secrets: bearer tokens stored only as hashes, and secrets that must be read back (e.g. a tenant's API key for an outside service), encrypted at rest. */
@Export
@Version("1.1.0")
package org.offerbridge.platform.api.secrets;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
