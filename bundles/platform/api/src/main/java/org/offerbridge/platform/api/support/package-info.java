/**
 * In-app support: a staff member's problem report with what support needs (workspace, account, view, time, browser,
 * the references of the last failed calls and the last actions), stored for the operator. {@link
 * org.offerbridge.platform.api.support.SupportReports} is for the bound caller (any role);
 * {@link org.offerbridge.platform.api.support.SupportInbox} is the operator's view across workspaces, never exposed
 * to tenants.
 */
@Export
@Version("1.0.0")
package org.offerbridge.platform.api.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
