/**
 * Sending email the one way the server does it, for other bundles (the email channel's replies): through the
 * bound workspace's SMTP settings ({@code /settings/email}) or through a server the caller names, with the outbound
 * address policy, TLS that checks the server's name and never falls back to plain text, short timeouts, and failures
 * as reasons staff can act on (never a password). {@link org.offerbridge.quotation.mail.api.MailSecurity} and
 * {@link org.offerbridge.quotation.mail.api.MailHosts} are the rules for connection security and server names that
 * IMAP readers share.
 */
@Export
@Version("1.0.0")
package org.offerbridge.quotation.mail.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
