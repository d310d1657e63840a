/**
 * The shared rules for request fields (text, email, phone, language tag, currency, money, percentages, dates, URLs) and
 * {@link org.offerbridge.platform.api.fields.Patch} for PATCH bodies. Every capability checks its input with these,
 * so the same field gets the same answer everywhere; each refusal is a 400 problem naming the field, with a message
 * key the admin UI translates.
 */
@Export
@Version("1.0.0")
package org.offerbridge.platform.api.fields;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
