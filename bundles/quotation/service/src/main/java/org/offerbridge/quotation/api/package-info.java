/**
 * Quotations as other bundles see them: quotes of the bound tenant, their lifecycle and timeline, the customer's
 * public link, orders, and the {@link org.offerbridge.quotation.api.QuoteEvents} whiteboard.
 */
@Export
@Version("1.5.0")
package org.offerbridge.quotation.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
