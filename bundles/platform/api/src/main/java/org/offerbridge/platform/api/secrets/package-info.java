/** Secrets: bearer tokens stored only as hashes, secrets that must be read back encrypted at rest, and the Standard Webhooks signing scheme. */
@Export
@Version("1.2.0")
package org.offerbridge.platform.api.secrets;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
