package org.offerbridge.channels.email.internal;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Properties;
import java.util.concurrent.Callable;

import javax.net.ssl.SSLException;

import org.offerbridge.quotation.mail.api.MailSecurity;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * IMAP sessions for a channel's mailbox: short timeouts (connecting runs during the create request), TLS as the shared
 * {@link MailSecurity} rules set it (the server's name checked, never a plain fallback), and failures turned into
 * reasons a person can act on — the server's words, never the password. Replies go out through the quotation mail
 * bundle's {@code MailTransport}, the server's one SMTP sender.
 */
final class MailSessions {
    static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    static final int IO_TIMEOUT_MILLIS = 20_000;

    private MailSessions() {
    }

    static Session imap(EmailSettings s) {
        Properties p = new Properties();
        String proto = s.imapSecurity() == MailSecurity.TLS ? "imaps" : "imap";
        p.setProperty("mail.store.protocol", proto);
        p.setProperty("mail." + proto + ".host", s.imapHost());
        p.setProperty("mail." + proto + ".port", Integer.toString(s.imapPort()));
        p.setProperty("mail." + proto + ".connectiontimeout", Integer.toString(CONNECT_TIMEOUT_MILLIS));
        p.setProperty("mail." + proto + ".timeout", Integer.toString(IO_TIMEOUT_MILLIS));
        p.setProperty("mail." + proto + ".writetimeout", Integer.toString(IO_TIMEOUT_MILLIS));
        // reading a message must not mark it read in the seller's own mail client
        p.setProperty("mail." + proto + ".peek", "true");
        s.imapSecurity().apply(p, proto);
        return Session.getInstance(p);
    }

    /** An open IMAP store for the channel's mailbox; the caller closes it. */
    static Store openStore(EmailSettings s) throws MessagingException {
        Store store = imap(s).getStore();
        store.connect(s.imapHost(), s.imapPort(), s.username(), s.password());
        return store;
    }

    /**
     * Runs mail work with the mail implementation's class loader as the context loader: Jakarta Activation finds the
     * content handlers (META-INF/mailcap) through it, and in OSGi that must be the implementation's bundle.
     */
    static <T> T withMailLoader(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(implementationLoader());
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static ClassLoader implementationLoader() {
        try {
            return Session.getInstance(new Properties()).getStore("imap").getClass().getClassLoader();
        } catch (MessagingException e) {
            return MailSessions.class.getClassLoader();
        }
    }

    /** Why talking to {@code server} failed, for staff: the server's reply, never a secret. */
    static String reason(String what, String host, int port, Exception e, String... secrets) {
        String where = host + ":" + port;
        String reason = null;
        if (e instanceof AuthenticationFailedException) {
            reason = "the " + what + " server " + where + " refused the login (" + reply(e) + "); check the username and password";
        }
        for (Throwable t = e; t != null && reason == null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                reason = "the " + what + " server name " + host + " does not resolve";
            } else if (t instanceof ConnectException) {
                reason = "the " + what + " server " + where + " refused the connection";
            } else if (t instanceof SocketTimeoutException) {
                reason = "the " + what + " server " + where + " did not answer in time";
            } else if (t instanceof SSLException) {
                reason = "the TLS connection to " + where + " failed: " + t.getMessage();
            }
        }
        if (reason == null) {
            reason = "talking to the " + what + " server " + where + " failed: " + reply(e);
        }
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                reason = reason.replace(secret, "***");
            }
        }
        return reason;
    }

    private static String reply(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 300 ? m.substring(0, 300) : m;
    }
}
