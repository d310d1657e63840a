/**
 * The plug-in point for channel kinds: each kind (webhook, whatsapp, telegram, instagram, email) is one OSGi service
 * implementing {@link org.offerbridge.channels.spi.ChannelKind}. The channels capability owns storage, tenancy, dedup,
 * the outbox and REST; a kind only speaks its provider's protocol.
 */
@Export
@Version("1.6.0")
package org.offerbridge.channels.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
