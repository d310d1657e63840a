package org.offerbridge.quotation.mail.internal;

import java.util.Optional;

import org.offerbridge.quotation.mail.api.MailComposer;
import org.offerbridge.quotation.mail.api.MailSendException;
import org.offerbridge.quotation.mail.api.MailSendException.Failure;
import org.offerbridge.quotation.mail.api.MailTransport;
import org.offerbridge.quotation.mail.api.Sender;
import org.offerbridge.quotation.mail.api.SmtpServer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link MailTransport} for other bundles: the workspace's SMTP settings read by tenant id, every send through {@link SmtpMailer}. */
@Component(service = {MailTransport.class, WorkspaceMailTransport.class})
public class WorkspaceMailTransport implements MailTransport {
    private final SmtpSettingsStore settings;
    private final SmtpMailer mailer;

    @Activate
    public WorkspaceMailTransport(@Reference SmtpSettingsStore settings, @Reference SmtpMailer mailer) {
        this.settings = settings;
        this.mailer = mailer;
    }

    @Override
    public Optional<Sender> workspaceSender(String tenantId) {
        return settings.sender(tenantId);
    }

    @Override
    public String sendAsWorkspace(String tenantId, MailComposer composer) throws MailSendException {
        SmtpAccount account;
        try {
            account = settings.account(tenantId)
                    .orElseThrow(() -> new MailSendException("email is not set up for this workspace", Failure.NOT_SET_UP, null));
        } catch (IllegalStateException e) {
            throw new MailSendException("the SMTP password cannot be decrypted with this server's key; an admin enters it again",
                    Failure.NOT_SET_UP, e);
        }
        return mailer.send(account.server(), account.sender(), composer);
    }

    @Override
    public String send(SmtpServer server, Sender sender, MailComposer composer) throws MailSendException {
        return mailer.send(server, sender, composer);
    }
}
