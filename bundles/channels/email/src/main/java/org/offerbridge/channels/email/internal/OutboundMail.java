package org.offerbridge.channels.email.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.offerbridge.channels.spi.OutboundMessage;
import org.offerbridge.quotation.mail.api.Sender;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A staff reply as an email: our own Message-ID made from the message's id (stable across retries, so a receiver that
 * saw a retried send dedups it), {@code In-Reply-To} the message answered and {@code References} the thread, so the
 * customer's mail client and ours keep one thread; the subject of the customer's mail with one "Re:"; From the sender
 * the SMTP server sends as, Reply-To the channel's mailbox (with a reply token where the channel uses them).
 */
final class OutboundMail {
    private static final Pattern RE = Pattern.compile("^(?i)(re|aw|sv|antw|réf|rif)\\s*:\\s*");
    private static final int MAX_SUBJECT = 250;

    private OutboundMail() {
    }

    /** Our Message-ID for a message id of a channel without a reply key: {@code <ob.<id>@<domain of the address>>}. */
    static String messageId(String ourMessageId, String address) {
        return "<ob." + ourMessageId.replaceAll("[^A-Za-z0-9.-]", "") + "@" + ReplyTokens.domain(address) + ">";
    }

    static String subject(String original) {
        if (original == null || original.isBlank()) {
            return "Re: your message";
        }
        String s = original.strip();
        while (RE.matcher(s).find()) {
            s = RE.matcher(s).replaceFirst("");
        }
        s = "Re: " + s;
        return s.length() > MAX_SUBJECT ? s.substring(0, MAX_SUBJECT) : s;
    }

    static MimeMessage compose(Session session, OutboundMessage out, Sender from, String replyTo, String id)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
        m.setFrom(new InternetAddress(from.address(), from.name(), StandardCharsets.UTF_8.name()));
        if (replyTo != null && !replyTo.equalsIgnoreCase(from.address())) {
            m.setReplyTo(new InternetAddress[] {new InternetAddress(replyTo, true)});
        }
        m.setRecipient(RecipientType.TO, new InternetAddress(out.contact().email(), true));
        m.setSubject(subject(out.subject()), StandardCharsets.UTF_8.name());
        List<String> refs = out.references();
        if (!refs.isEmpty()) {
            m.setHeader("In-Reply-To", refs.get(refs.size() - 1));
            m.setHeader("References", String.join(" ", refs));
        }
        // a person's reply, not an auto-reply: the customer's auto-responder may answer it
        m.setText(out.text(), StandardCharsets.UTF_8.name());
        m.setSentDate(new java.util.Date());
        m.saveChanges();
        return m;
    }
}
