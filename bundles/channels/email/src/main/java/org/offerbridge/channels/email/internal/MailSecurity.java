package org.offerbridge.channels.email.internal;

import java.util.List;
import java.util.Locale;

/** How a mail connection is protected: TLS from the start, STARTTLS (required, never a plain fallback), or none. */
enum MailSecurity {
    SSL(993, 465), STARTTLS(143, 587), NONE(143, 25);

    static final List<String> NAMES = List.of("ssl", "starttls", "none");

    final int imapPort;
    final int smtpPort;

    MailSecurity(int imapPort, int smtpPort) {
        this.imapPort = imapPort;
        this.smtpPort = smtpPort;
    }

    static MailSecurity of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
