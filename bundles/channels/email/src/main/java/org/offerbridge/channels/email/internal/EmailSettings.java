package org.offerbridge.channels.email.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.MergedSettings;
import org.offerbridge.channels.spi.PreparedSettings;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.mail.api.MailHosts;
import org.offerbridge.quotation.mail.api.MailSecurity;
import org.offerbridge.quotation.mail.api.SmtpServer;

/**
 * An email channel's settings: the mailbox read over IMAP, and the SMTP server replies go through (the channel's own,
 * else the workspace's). Passwords are secrets (sealed, never shown); a password left out on a change keeps the stored
 * one. {@code replyKey} is a secret the channel draws for itself (never given, never shown): it signs reply tokens.
 */
record EmailSettings(String imapHost, int imapPort, MailSecurity imapSecurity, String username, String password, String folder,
        String smtpHost, int smtpPort, MailSecurity smtpSecurity, String smtpUsername, String smtpPassword, String fromAddress,
        boolean replyTokens, String replyKey) {

    static final String IMAP_HOST = "imapHost";
    static final String IMAP_PORT = "imapPort";
    static final String IMAP_SECURITY = "imapSecurity";
    static final String USERNAME = "username";
    static final String PASSWORD = "password";
    static final String FOLDER = "folder";
    static final String SMTP_HOST = "smtpHost";
    static final String SMTP_PORT = "smtpPort";
    static final String SMTP_SECURITY = "smtpSecurity";
    static final String SMTP_USERNAME = "smtpUsername";
    static final String SMTP_PASSWORD = "smtpPassword";
    static final String FROM_ADDRESS = "fromAddress";
    static final String REPLY_TOKENS = "replyTokens";
    static final String REPLY_KEY = "replyKey";

    private static final Set<String> PLAIN = Set.of(IMAP_HOST, IMAP_PORT, IMAP_SECURITY, USERNAME, FOLDER, SMTP_HOST, SMTP_PORT, SMTP_SECURITY,
            SMTP_USERNAME, FROM_ADDRESS, REPLY_TOKENS);
    private static final Set<String> SECRET = Set.of(PASSWORD, SMTP_PASSWORD);
    private static final int MAX_PASSWORD = 500;
    private static final int MAX_FOLDER = 200;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The channel's own names for the security modes: {@code ssl} is TLS from the first byte. */
    static final List<String> SECURITY_NAMES = List.of("ssl", "starttls", "none");

    /** Reads stored settings (already validated). */
    static EmailSettings of(ChannelSettings s) {
        MailSecurity imapSecurity = MailSecurity.of(s.value(IMAP_SECURITY)).orElseThrow();
        String smtpHost = s.value(SMTP_HOST);
        MailSecurity smtpSecurity = MailSecurity.of(s.value(SMTP_SECURITY)).orElse(MailSecurity.STARTTLS);
        return new EmailSettings(s.value(IMAP_HOST), Integer.parseInt(s.value(IMAP_PORT)), imapSecurity, s.value(USERNAME), s.secret(PASSWORD),
                s.value(FOLDER), smtpHost, smtpHost == null ? 0 : Integer.parseInt(s.value(SMTP_PORT)), smtpSecurity, s.value(SMTP_USERNAME),
                s.secret(SMTP_PASSWORD), s.value(FROM_ADDRESS), Boolean.parseBoolean(s.value(REPLY_TOKENS)), s.secret(REPLY_KEY));
    }

    boolean hasSmtp() {
        return smtpHost != null;
    }

    /** The channel's own SMTP server, when it has one. */
    SmtpServer smtpServer() {
        return new SmtpServer(smtpHost, smtpPort, smtpSecurity, smtpUsername, smtpUsername == null ? null : smtpPassword);
    }

    /**
     * Where customers' answers should go: the channel's mailbox as {@code fromAddress} names it, else the username when it
     * is an address; null when neither says.
     */
    String replyAddress() {
        return fromAddress != null ? fromAddress : username.contains("@") ? username : null;
    }

    /** A fresh key for reply tokens: 256 random bits. */
    static String newReplyKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The mailbox, as one account across workspaces: {@code username@imapHost}, lower-case. */
    String mailbox() {
        return (username + "@" + imapHost).toLowerCase(Locale.ROOT);
    }

    /** Validates {@code given} merged over {@code current}: 400 naming {@code settings.<name>}. */
    static PreparedSettings prepare(Map<String, Object> given, ChannelSettings current) {
        MergedSettings merged = MergedSettings.over(given, current, PLAIN, SECRET);
        Map<String, String> values = merged.values();
        Map<String, String> secrets = merged.secrets();
        Map<String, String> out = new HashMap<>();
        Map<String, String> outSecrets = new HashMap<>();
        MailSecurity imapSecurity = security(values, IMAP_SECURITY, MailSecurity.TLS);
        out.put(IMAP_HOST, host(values, IMAP_HOST, true));
        out.put(IMAP_SECURITY, name(imapSecurity));
        out.put(IMAP_PORT, Integer.toString(port(values, IMAP_PORT, imapSecurity.imapPort())));
        out.put(USERNAME, FieldRules.requiredText("settings." + USERNAME, values.get(USERNAME), FieldRules.MAX_EMAIL));
        out.put(FOLDER, values.get(FOLDER) == null ? "INBOX" : FieldRules.text("settings." + FOLDER, values.get(FOLDER), MAX_FOLDER));
        outSecrets.put(PASSWORD, password(secrets, PASSWORD, true));
        // drawn once, kept through every change: tokens already sent must keep threading
        outSecrets.put(REPLY_KEY, current.secret(REPLY_KEY) != null ? current.secret(REPLY_KEY) : newReplyKey());
        String tokens = values.get(REPLY_TOKENS);
        if (tokens != null) {
            out.put(REPLY_TOKENS, FieldRules.oneOf("settings." + REPLY_TOKENS, tokens.strip().toLowerCase(Locale.ROOT), List.of("true", "false")));
        }
        String smtpHost = host(values, SMTP_HOST, false);
        if (smtpHost != null) {
            MailSecurity smtpSecurity = security(values, SMTP_SECURITY, MailSecurity.STARTTLS);
            out.put(SMTP_HOST, smtpHost);
            out.put(SMTP_SECURITY, name(smtpSecurity));
            out.put(SMTP_PORT, Integer.toString(port(values, SMTP_PORT, smtpSecurity.smtpPort())));
            String smtpUser = FieldRules.text("settings." + SMTP_USERNAME, values.get(SMTP_USERNAME), FieldRules.MAX_EMAIL);
            if (smtpUser != null) {
                out.put(SMTP_USERNAME, smtpUser);
                outSecrets.put(SMTP_PASSWORD, password(secrets, SMTP_PASSWORD, true));
            }
            String from = values.get(FROM_ADDRESS);
            if (from == null && out.get(USERNAME).contains("@")) {
                from = out.get(USERNAME);
            }
            out.put(FROM_ADDRESS, FieldRules.email("settings." + FROM_ADDRESS, from));
        } else {
            // without its own server the channel replies through the workspace's; fromAddress then names its mailbox for Reply-To
            String from = FieldRules.optionalEmail("settings." + FROM_ADDRESS, values.get(FROM_ADDRESS));
            if (from != null) {
                out.put(FROM_ADDRESS, from);
            }
            for (String smtpOnly : new HashSet<>(Set.of(SMTP_PORT, SMTP_SECURITY, SMTP_USERNAME))) {
                // values stored with the server go with it when it is cleared; only those given now without one are refused
                if (values.get(smtpOnly) != null && given.containsKey(smtpOnly)) {
                    throw FieldRules.invalid("settings." + SMTP_HOST, "smtpHost is required with " + smtpOnly, "field.required",
                            "settings." + SMTP_HOST);
                }
            }
        }
        return new PreparedSettings(out, outSecrets, Map.of());
    }

    private static MailSecurity security(Map<String, String> values, String name, MailSecurity dflt) {
        String v = values.get(name);
        if (v == null) {
            return dflt;
        }
        return MailSecurity.of(FieldRules.oneOf("settings." + name, v.strip().toLowerCase(Locale.ROOT), SECURITY_NAMES)).orElseThrow();
    }

    private static String name(MailSecurity security) {
        return security == MailSecurity.TLS ? "ssl" : security.id();
    }

    private static String host(Map<String, String> values, String name, boolean required) {
        String field = "settings." + name;
        String host = required ? FieldRules.requiredText(field, values.get(name), MailHosts.MAX)
                : FieldRules.text(field, values.get(name), MailHosts.MAX);
        if (host != null && !MailHosts.isHostName(host)) {
            throw ProblemException.invalid(field, name + " is a server name such as imap.example.com");
        }
        return host == null ? null : host.toLowerCase(Locale.ROOT);
    }

    private static int port(Map<String, String> values, String name, int dflt) {
        String v = values.get(name);
        if (v == null) {
            return dflt;
        }
        int port;
        try {
            port = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw FieldRules.invalid("settings." + name, name + " is not a number", "field.number", "settings." + name);
        }
        if (port < 1 || port > 65535) {
            throw FieldRules.invalid("settings." + name, name + " is between 1 and 65535", "field.range", "settings." + name, 1, 65535);
        }
        return port;
    }

    private static String password(Map<String, String> secrets, String name, boolean required) {
        String v = secrets.get(name);
        if (v == null || v.isEmpty()) {
            if (required) {
                throw FieldRules.invalid("settings." + name, name + " is required", "field.required", "settings." + name);
            }
            return null;
        }
        if (v.length() > MAX_PASSWORD) {
            throw FieldRules.invalid("settings." + name, name + " is too long", "field.tooLong", "settings." + name, MAX_PASSWORD);
        }
        return v;
    }

    @Override
    public String toString() {
        return "EmailSettings[" + mailbox() + ", smtp=" + smtpHost + "]";
    }
}
