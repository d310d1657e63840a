/** Outbound network access: the one check every server-side HTTP call makes before it connects. */
@Export
@Version("1.4.0")
package org.offerbridge.platform.api.net;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
