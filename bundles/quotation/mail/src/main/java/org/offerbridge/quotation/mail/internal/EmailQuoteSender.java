package org.offerbridge.quotation.mail.internal;

import java.util.Optional;

import org.offerbridge.quotation.api.DeliveryException;
import org.offerbridge.quotation.api.QuoteMessage;
import org.offerbridge.quotation.api.QuoteSender;
import org.offerbridge.quotation.mail.api.MailSendException;
import org.offerbridge.quotation.mail.api.MailSendException.Failure;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The email channel for sent quotes: each workspace's own SMTP server. */
@Component(service = QuoteSender.class)
public class EmailQuoteSender implements QuoteSender {
    static final String CHANNEL = "email";

    private final SmtpSettingsStore settings;
    private final WorkspaceMailTransport transport;

    @Activate
    public EmailQuoteSender(@Reference SmtpSettingsStore settings, @Reference WorkspaceMailTransport transport) {
        this.settings = settings;
        this.transport = transport;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public Optional<String> unavailable() {
        return settings.configured() ? Optional.empty()
                : Optional.of("Email is not set up for this workspace: an admin enters its SMTP server under Settings (PUT /api/v1/settings/email)");
    }

    @Override
    public String checkAddress(String address) {
        return Addresses.check(address);
    }

    @Override
    public void send(QuoteMessage message) throws DeliveryException {
        try {
            transport.sendAsWorkspace(message.tenantId(), (session, sender) -> QuoteMail.compose(session, sender, message));
        } catch (MailSendException e) {
            throw delivery(e);
        }
    }

    /** A refused address or a message that cannot be built will not heal; a login or server fixed later will. */
    static DeliveryException delivery(MailSendException e) {
        String message = e.failure() == Failure.NOT_SET_UP && e.getCause() == null ? "email is no longer set up for this workspace" : e.getMessage();
        return new DeliveryException(message, e.failure() == Failure.RECIPIENT_REFUSED || e.failure() == Failure.NOT_BUILT, e.getCause());
    }
}
