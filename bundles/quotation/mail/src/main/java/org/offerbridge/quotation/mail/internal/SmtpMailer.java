package org.offerbridge.quotation.mail.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Properties;

import javax.net.ssl.SSLException;

import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.RefusedAddressException;
import org.offerbridge.quotation.mail.api.MailComposer;
import org.offerbridge.quotation.mail.api.MailSendException;
import org.offerbridge.quotation.mail.api.MailSendException.Failure;
import org.offerbridge.quotation.mail.api.Sender;
import org.offerbridge.quotation.mail.api.SmtpServer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * The one place that sends over SMTP, for quotes and the email channel's replies alike: the host is checked against
 * the outbound address policy right before connecting, TLS checks the server's name, every step has a timeout, and
 * failures become messages staff can act on (never the password, never a stack trace).
 */
@Component(service = SmtpMailer.class)
public class SmtpMailer {
    static final int CONNECT_TIMEOUT_MILLIS = 15_000;
    static final int IO_TIMEOUT_MILLIS = 30_000;

    private final OutboundAddressPolicy policy;

    @Activate
    public SmtpMailer(@Reference OutboundAddressPolicy policy) {
        this.policy = policy;
    }

    /** Sends what {@code composer} builds; returns its Message-ID. */
    String send(SmtpServer server, Sender sender, MailComposer composer) throws MailSendException {
        try {
            policy.checkHost(server.host(), server.port());
        } catch (RefusedAddressException e) {
            throw new MailSendException("the SMTP server may not be reached: " + e.getMessage(), Failure.NOT_ALLOWED, null);
        }
        Session session = Session.getInstance(properties(server, sender));
        Transport transport;
        try {
            transport = session.getTransport("smtp");
        } catch (MessagingException e) {
            throw new MailSendException("the mail implementation is not available: " + reply(e), Failure.TRANSIENT, e);
        }
        // Jakarta Activation finds the content handlers (META-INF/mailcap) through the context class loader: in OSGi
        // that must be the mail implementation's bundle, whichever thread sends.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(transport.getClass().getClassLoader());
        try (transport) {
            MimeMessage message;
            try {
                message = composer.compose(session, sender);
                message.saveChanges();
            } catch (MessagingException | IOException e) {
                throw new MailSendException("the message could not be built: " + e.getMessage(), Failure.NOT_BUILT, e);
            }
            transport.connect(server.host(), server.port(), server.username(), server.username() == null ? null : server.password());
            transport.sendMessage(message, message.getAllRecipients());
            return message.getMessageID();
        } catch (AuthenticationFailedException e) {
            throw new MailSendException("the SMTP server " + where(server) + " refused the login; check the username and password",
                    Failure.LOGIN_REFUSED, e);
        } catch (SendFailedException e) {
            boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0
                    && (e.getValidSentAddresses() == null || e.getValidSentAddresses().length == 0);
            throw new MailSendException((refused ? "the SMTP server refused the recipient address: " : "sending failed: ") + reply(e),
                    refused ? Failure.RECIPIENT_REFUSED : Failure.TRANSIENT, e);
        } catch (MessagingException e) {
            throw new MailSendException(cause(server, e), Failure.TRANSIENT, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static Properties properties(SmtpServer server, Sender sender) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", server.host());
        p.setProperty("mail.smtp.port", Integer.toString(server.port()));
        p.setProperty("mail.smtp.connectiontimeout", Integer.toString(CONNECT_TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.timeout", Integer.toString(IO_TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.writetimeout", Integer.toString(IO_TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.auth", Boolean.toString(server.username() != null));
        p.setProperty("mail.smtp.from", sender.address());
        server.security().apply(p, "smtp");
        return p;
    }

    private static String cause(SmtpServer s, MessagingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "the SMTP server name " + s.host() + " does not resolve";
            }
            if (t instanceof ConnectException) {
                return "the SMTP server " + where(s) + " refused the connection";
            }
            if (t instanceof SocketTimeoutException) {
                return "the SMTP server " + where(s) + " did not answer in time";
            }
            if (t instanceof SSLException) {
                return "the TLS connection to " + where(s) + " failed: " + t.getMessage();
            }
        }
        return "sending through " + where(s) + " failed: " + reply(e);
    }

    private static String where(SmtpServer s) {
        return s.host() + ":" + s.port();
    }

    /** The server's reply as the library reports it, on one line and short. */
    private static String reply(MessagingException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 300 ? m.substring(0, 300) : m;
    }
}
