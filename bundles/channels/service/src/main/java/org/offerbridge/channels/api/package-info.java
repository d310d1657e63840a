/**
 * Channels and conversations as other bundles (REST, the admin UI, the chat inbox, quote delivery) see them: the
 * bound workspace's connected channels, the conversations on them and their messages. Every call acts for the tenant
 * bound in the platform's RequestContext; an id of another tenant is "not found".
 */
@Export
@Version("1.3.0")
package org.offerbridge.channels.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
