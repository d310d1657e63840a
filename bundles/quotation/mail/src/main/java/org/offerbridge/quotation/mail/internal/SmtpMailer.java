package org.offerbridge.quotation.mail.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Properties;

import javax.net.ssl.SSLException;

import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.RefusedAddressException;
import org.offerbridge.quotation.api.DeliveryException;
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
 * Sends one message through a workspace's SMTP server: the host is checked against the outbound address policy right
 * before connecting, TLS checks the server's name, every step has a timeout, and failures become messages staff can
 * act on (never the password, never a stack trace).
 */
@Component(service = SmtpMailer.class)
public class SmtpMailer {
    static final int CONNECT_TIMEOUT_MILLIS = 15_000;
    static final int IO_TIMEOUT_MILLIS = 30_000;

    /** Builds the message for the session the mailer opened. */
    @FunctionalInterface
    interface Composer {
        MimeMessage compose(Session session) throws MessagingException, IOException;
    }

    private final OutboundAddressPolicy policy;

    @Activate
    public SmtpMailer(@Reference OutboundAddressPolicy policy) {
        this.policy = policy;
    }

    void send(SmtpAccount account, Composer composer) throws DeliveryException {
        try {
            policy.checkHost(account.host(), account.port());
        } catch (RefusedAddressException e) {
            throw new DeliveryException("the SMTP server may not be reached: " + e.getMessage(), false, null);
        }
        Session session = Session.getInstance(properties(account));
        Transport transport;
        try {
            transport = session.getTransport("smtp");
        } catch (MessagingException e) {
            throw new DeliveryException("the mail implementation is not available: " + reply(e), false, e);
        }
        // Jakarta Activation finds the content handlers (META-INF/mailcap) through the context class loader: in OSGi
        // that must be the mail implementation's bundle, whichever thread sends.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(transport.getClass().getClassLoader());
        try (transport) {
            MimeMessage message;
            try {
                message = composer.compose(session);
                message.saveChanges();
            } catch (MessagingException | IOException e) {
                throw new DeliveryException("the message could not be built: " + e.getMessage(), true, e);
            }
            transport.connect(account.host(), account.port(), account.username(), account.username() == null ? null : account.password());
            transport.sendMessage(message, message.getAllRecipients());
        } catch (AuthenticationFailedException e) {
            throw new DeliveryException("the SMTP server " + where(account) + " refused the login; check the username and password", false, e);
        } catch (SendFailedException e) {
            boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0
                    && (e.getValidSentAddresses() == null || e.getValidSentAddresses().length == 0);
            throw new DeliveryException((refused ? "the SMTP server refused the recipient address: " : "sending failed: ") + reply(e), refused, e);
        } catch (MessagingException e) {
            throw new DeliveryException(cause(account, e), false, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static Properties properties(SmtpAccount a) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", a.host());
        p.setProperty("mail.smtp.port", Integer.toString(a.port()));
        p.setProperty("mail.smtp.connectiontimeout", Integer.toString(CONNECT_TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.timeout", Integer.toString(IO_TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.writetimeout", Integer.toString(IO_TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.auth", Boolean.toString(a.username() != null));
        p.setProperty("mail.smtp.from", a.fromAddress());
        switch (a.security()) {
            case STARTTLS -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                // never fall back to plain text when the server does not offer TLS
                p.setProperty("mail.smtp.starttls.required", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                p.setProperty("mail.smtp.ssl.enable", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
                // a relay on the operator's own network; the policy allowed the host
            }
        }
        return p;
    }

    private static String cause(SmtpAccount a, MessagingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "the SMTP server name " + a.host() + " does not resolve";
            }
            if (t instanceof ConnectException) {
                return "the SMTP server " + where(a) + " refused the connection";
            }
            if (t instanceof SocketTimeoutException) {
                return "the SMTP server " + where(a) + " did not answer in time";
            }
            if (t instanceof SSLException) {
                return "the TLS connection to " + where(a) + " failed: " + t.getMessage();
            }
        }
        return "sending through " + where(a) + " failed: " + reply(e);
    }

    private static String where(SmtpAccount a) {
        return a.host() + ":" + a.port();
    }

    /** The server's reply as the library reports it, on one line and short. */
    private static String reply(MessagingException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 300 ? m.substring(0, 300) : m;
    }
}
