package org.offerbridge.quotation.mail.internal;

import java.time.Instant;

/** A workspace's SMTP settings as staff see them: the password only as "set" or not. */
record SmtpSettings(String host, int port, String security, String username, boolean passwordSet, String fromAddress, String fromName,
        String replyTo, Instant updatedAt, String updatedBy) {
}
