/**
 * Quotation documents as PDF: the {@link org.offerbridge.quotation.pdf.QuoteDocument} a caller fills in (already
 * computed lines and totals, the tenant's template) and the {@link org.offerbridge.quotation.pdf.QuotePdfRenderer}
 * service that lays it out.
 */
@Export
@Version("1.1.0")
package org.offerbridge.quotation.pdf;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
