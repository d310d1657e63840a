package org.offerbridge.quotation.mail.internal;

import org.offerbridge.quotation.mail.api.Sender;
import org.offerbridge.quotation.mail.api.SmtpServer;

/** A workspace's SMTP settings for one send: the server (password in clear, never logged) and who mail is from. */
record SmtpAccount(SmtpServer server, Sender sender) {
}
