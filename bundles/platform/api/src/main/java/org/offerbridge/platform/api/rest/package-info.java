/** REST conventions shared by all capability resources: problems, capability gating, pagination. */
@Export
@Version("1.4.0")
package org.offerbridge.platform.api.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
