package org.offerbridge.quotation.mail.internal;

import java.util.Locale;

/** How the connection to the SMTP server is protected; STARTTLS on 587 is what most providers expect. */
enum SmtpSecurity {
    /** Plain SMTP: only for a relay on the operator's own network. */
    NONE("none", 25),
    /** Upgrade to TLS after connecting; refused if the server does not offer it. */
    STARTTLS("starttls", 587),
    /** TLS from the first byte (SMTPS). */
    TLS("tls", 465);

    final String id;
    final int defaultPort;

    SmtpSecurity(String id, int defaultPort) {
        this.id = id;
        this.defaultPort = defaultPort;
    }

    static SmtpSecurity of(String id) {
        String v = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (SmtpSecurity s : values()) {
            if (s.id.equals(v)) {
                return s;
            }
        }
        return null;
    }
}
