package org.offerbridge.quotation.mail.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Sends one prepared message over SMTP, the server's one way of doing it. Offered as an OSGi service by the quotation
 * mail bundle. Tenant ids are the caller's to get right: nothing here reads the bound request.
 */
@ProviderType
public interface MailTransport {

    /**
     * Who the workspace's mail is from when it has set up SMTP under {@code /settings/email}; empty when it has not.
     */
    Optional<Sender> workspaceSender(String tenantId);

    /**
     * Sends through the workspace's SMTP server, as {@link #workspaceSender}. Returns the Message-ID sent.
     *
     * @throws MailSendException {@link MailSendException.Failure#NOT_SET_UP} when the workspace has no SMTP settings
     */
    String sendAsWorkspace(String tenantId, MailComposer composer) throws MailSendException;

    /** Sends through {@code server} as {@code sender}. Returns the Message-ID sent. */
    String send(SmtpServer server, Sender sender, MailComposer composer) throws MailSendException;
}
