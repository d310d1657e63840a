package org.offerbridge.quotation.mail.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/** How a mail connection (SMTP or IMAP) is protected; STARTTLS on 587 is what most SMTP providers expect. */
public enum MailSecurity {
    /** Plain text: only for a server on the operator's own network (the outbound policy must allow it). */
    NONE("none", 25, 143),
    /** Upgrade to TLS after connecting; refused if the server does not offer it, never a plain fallback. */
    STARTTLS("starttls", 587, 143),
    /** TLS from the first byte (SMTPS, IMAPS). */
    TLS("tls", 465, 993);

    /** The names settings accept: {@code ssl} is another name for {@code tls}. */
    public static final List<String> NAMES = List.of("none", "starttls", "tls", "ssl");

    private final String id;
    private final int smtpPort;
    private final int imapPort;

    MailSecurity(String id, int smtpPort, int imapPort) {
        this.id = id;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    public String id() {
        return id;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** The mode a name stands for, any case; {@code ssl} is {@link #TLS}. */
    public static Optional<MailSecurity> of(String name) {
        String v = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (v.equals("ssl")) {
            return Optional.of(TLS);
        }
        for (MailSecurity s : values()) {
            if (s.id.equals(v)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Sets the Jakarta Mail properties of this mode for {@code protocol} ({@code smtp}, {@code imap}). */
    public void apply(Properties p, String protocol) {
        String prefix = "mail." + protocol + ".";
        switch (this) {
            case STARTTLS -> {
                p.setProperty(prefix + "starttls.enable", "true");
                // never fall back to plain text when the server does not offer TLS
                p.setProperty(prefix + "starttls.required", "true");
                p.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case TLS -> {
                p.setProperty(prefix + "ssl.enable", "true");
                p.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case NONE -> {
                // a server on the operator's own network; the policy allowed the host
            }
        }
    }
}
