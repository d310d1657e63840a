/**
 * Administration of the workspace bound in {@link org.offerbridge.platform.api.RequestContext}: settings, staff,
 * API keys and the audit trail. Every method acts on the bound tenant only, as the bound caller, with the same
 * role checks and validation as the REST API; failures are {@link org.offerbridge.platform.api.rest.ProblemException}s
 * whose message can be shown to the user.
 */
@Export
@Version("1.3.0")
package org.offerbridge.platform.api.admin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
