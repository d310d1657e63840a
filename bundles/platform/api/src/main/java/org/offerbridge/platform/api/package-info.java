/** Tenancy, plans, capabilities and usage: the contracts every Offerbridge capability builds on. */
@Export
@Version("1.8.0")
package org.offerbridge.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
