/**
 * The request-for-quote form as other bundles (a settings view, a notification or retention job) see it: the bound
 * workspace's form settings with the public form URL and the embed snippets.
 */
@Export
@Version("1.0.0")
package org.offerbridge.rfqform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
