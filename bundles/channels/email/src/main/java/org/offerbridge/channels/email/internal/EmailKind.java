package org.offerbridge.channels.email.internal;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import org.offerbridge.channels.spi.ChannelKind;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.Connection;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundCall;
import org.offerbridge.channels.spi.OutboundMessage;
import org.offerbridge.channels.spi.PreparedSettings;
import org.offerbridge.channels.spi.SendOutcome;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.RefusedAddressException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * The email kind: a mailbox the server reads over IMAP ({@link MailboxReader}), replies over the channel's own SMTP
 * server, threaded by Message-ID, In-Reply-To and References. Its inbound is the mailbox, NOT an HTTP call: the
 * channel's inbound URL exists like every channel's, but {@link #verify} refuses every call to it (401), so nothing
 * can be posted into an email channel. The workspace's quote mail settings are not used for replies: the quotation
 * mail bundle does not export them, so a channel that should reply names its own SMTP server.
 */
@Component(service = ChannelKind.class)
public class EmailKind implements ChannelKind {
    public static final String ID = "email";
    private static final Logger LOG = LoggerFactory.getLogger(EmailKind.class);

    private final OutboundAddressPolicy policy;

    @Activate
    public EmailKind(@Reference OutboundAddressPolicy policy) {
        this.policy = policy;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PreparedSettings settings(Map<String, Object> given, ChannelSettings current) {
        return EmailSettings.prepare(given, current);
    }

    @Override
    public String accountKey(ChannelSettings settings) {
        return EmailSettings.of(settings).mailbox();
    }

    /** Logs in to IMAP and opens the folder: the reader will do the same. */
    @Override
    public Connection connect(ChannelSettings settings, URI inboundUrl) {
        EmailSettings s = EmailSettings.of(settings);
        try {
            policy.checkHost(s.imapHost(), s.imapPort());
            if (s.hasSmtp()) {
                policy.checkHost(s.smtpHost(), s.smtpPort());
            }
        } catch (RefusedAddressException e) {
            return Connection.needsAttention("The mail server may not be reached: " + e.getMessage());
        }
        try {
            return MailSessions.withMailLoader(() -> {
                try (Store store = MailSessions.openStore(s)) {
                    Folder folder = store.getFolder(s.folder());
                    if (!folder.exists()) {
                        return Connection.needsAttention("The mailbox has no folder " + s.folder());
                    }
                    folder.open(Folder.READ_ONLY);
                    folder.close(false);
                    return Connection.ok();
                }
            });
        } catch (Exception e) {
            return Connection.needsAttention("Connecting to the mailbox failed: "
                    + MailSessions.reason("IMAP", s.imapHost(), s.imapPort(), e, s.password()));
        }
    }

    /** Refuses every call: this kind's inbound is the mailbox, not its inbound URL. */
    @Override
    public boolean verify(InboundCall call, ChannelSettings settings) {
        return false;
    }

    @Override
    public InboundBatch parse(InboundCall call, ChannelSettings settings) {
        throw new IllegalArgumentException("An email channel takes no inbound calls");
    }

    @Override
    public Optional<String> cannotReply(ChannelSettings settings) {
        return EmailSettings.of(settings).hasSmtp() ? Optional.empty()
                : Optional.of("This email channel has no SMTP server for replies: set settings.smtpHost (and its login) to reply");
    }

    @Override
    public SendOutcome send(OutboundMessage message, ChannelSettings settings) {
        EmailSettings s = EmailSettings.of(settings);
        if (!s.hasSmtp()) {
            return SendOutcome.permanent("the channel has no SMTP server");
        }
        if (message.contact() == null || message.contact().email() == null) {
            return SendOutcome.permanent("the conversation has no email address to answer");
        }
        try {
            policy.checkHost(s.smtpHost(), s.smtpPort());
        } catch (RefusedAddressException e) {
            return SendOutcome.permanent("the SMTP server may not be reached: " + e.getMessage());
        }
        try {
            return MailSessions.withMailLoader(() -> deliver(s, message));
        } catch (Exception e) {
            LOG.warn("Sending reply {} failed: {}", message.messageId(), e.getClass().getSimpleName());
            return SendOutcome.retry(MailSessions.reason("SMTP", s.smtpHost(), s.smtpPort(), e, s.smtpPassword()));
        }
    }

    private static SendOutcome deliver(EmailSettings s, OutboundMessage message) {
        Session session = MailSessions.smtp(s);
        try (Transport transport = session.getTransport("smtp")) {
            MimeMessage mail = OutboundMail.compose(session, message, s.fromAddress());
            transport.connect(s.smtpHost(), s.smtpPort(), s.smtpUsername(), s.smtpUsername() == null ? null : s.smtpPassword());
            transport.sendMessage(mail, mail.getAllRecipients());
            return SendOutcome.sent(mail.getMessageID());
        } catch (AuthenticationFailedException e) {
            return SendOutcome.permanent(MailSessions.reason("SMTP", s.smtpHost(), s.smtpPort(), e, s.smtpPassword()));
        } catch (SendFailedException e) {
            boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            String reason = MailSessions.reason("SMTP", s.smtpHost(), s.smtpPort(), e, s.smtpPassword());
            return refused ? SendOutcome.permanent("the SMTP server refused the recipient address: " + reason) : SendOutcome.retry(reason);
        } catch (MessagingException e) {
            return SendOutcome.retry(MailSessions.reason("SMTP", s.smtpHost(), s.smtpPort(), e, s.smtpPassword()));
        }
    }
}
