package org.offerbridge.quotation.mail.api;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Builds the message for the session the transport opened, as {@code sender}. */
@FunctionalInterface
public interface MailComposer {
    MimeMessage compose(Session session, Sender sender) throws MessagingException, IOException;
}
