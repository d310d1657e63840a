package org.offerbridge.quotation.mail.internal;

import java.util.Optional;

import org.offerbridge.quotation.api.DeliveryException;
import org.offerbridge.quotation.api.QuoteMessage;
import org.offerbridge.quotation.api.QuoteSender;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The email channel for sent quotes: each workspace's own SMTP server. */
@Component(service = QuoteSender.class)
public class EmailQuoteSender implements QuoteSender {
    static final String CHANNEL = "email";

    private final SmtpSettingsStore settings;
    private final SmtpMailer mailer;

    @Activate
    public EmailQuoteSender(@Reference SmtpSettingsStore settings, @Reference SmtpMailer mailer) {
        this.settings = settings;
        this.mailer = mailer;
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
        SmtpAccount account;
        try {
            account = settings.account(message.tenantId())
                    .orElseThrow(() -> new DeliveryException("email is no longer set up for this workspace", false, null));
        } catch (IllegalStateException e) {
            throw new DeliveryException("the SMTP password cannot be decrypted with this server's key; an admin enters it again", false, e);
        }
        mailer.send(account, session -> QuoteMail.compose(session, account, message));
    }
}
