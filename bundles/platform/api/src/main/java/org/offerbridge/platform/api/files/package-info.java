/**
 * Per-tenant file storage: files a workspace's customers or staff send (message attachments, uploaded forms), kept
 * under the server's data folder, typed by their content rather than by what the sender claimed, with sanitised names
 * and size limits. The tenant is always the bound caller's.
 */
@Export
@Version("1.0.0")
package org.offerbridge.platform.api.files;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
