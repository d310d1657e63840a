/** Customer cards of the bound tenant, for capabilities that match or list customers (intake, UI). */
@Export
@Version("1.2.0")
package org.offerbridge.customers.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
