/**
 * Request intake as other bundles (the admin UI, channels) see it: inbound requests, their draft proposals
 * and the staff's decisions on them, and the {@link org.offerbridge.parser.api.RequestEvents} whiteboard.
 */
@Export
@Version("1.6.0")
package org.offerbridge.parser.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
