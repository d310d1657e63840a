/** The seller's catalog as other capabilities see it: products, prices from the pricing rules, CSV import. */
@Export
@Version("1.1.0")
package org.offerbridge.catalog.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
