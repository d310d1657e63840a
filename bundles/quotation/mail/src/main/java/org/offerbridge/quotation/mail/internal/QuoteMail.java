package org.offerbridge.quotation.mail.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import org.offerbridge.quotation.api.QuoteMessage;
import org.offerbridge.quotation.mail.api.Sender;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * The email that carries a quote: a plain-text body in the recipient's language with the total, the validity and the
 * personal link, the PDF attached. Its Message-ID comes from the delivery, so a retry after a lost answer is the same
 * message to the receiving side.
 */
final class QuoteMail {
    private static final String UTF8 = StandardCharsets.UTF_8.name();

    private QuoteMail() {
    }

    static MimeMessage compose(Session session, Sender from, QuoteMessage q) throws MessagingException, UnsupportedEncodingException {
        MailTexts t = new MailTexts(q.locale());
        String seller = q.sellerName() == null ? from.address() : q.sellerName();
        MimeMessage m = new FixedIdMessage(session, "<" + q.deliveryId() + "@quote.offerbridge>");
        m.setFrom(new InternetAddress(from.address(), from.name() != null ? from.name() : seller, UTF8));
        if (from.replyTo() != null) {
            m.setReplyTo(new InternetAddress[] {new InternetAddress(from.replyTo())});
        }
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(q.address(), q.recipientName(), UTF8));
        m.setSubject(t.get("subject", q.quoteNumber(), seller), UTF8);
        m.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body(t, seller, q), UTF8, "plain");
        MimeMultipart parts = new MimeMultipart("mixed");
        parts.addBodyPart(text);
        if (q.pdf() != null) {
            MimeBodyPart pdf = new MimeBodyPart();
            pdf.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(q.pdf(), "application/pdf")));
            pdf.setFileName(q.pdfFileName());
            pdf.setDisposition(MimeBodyPart.ATTACHMENT);
            parts.addBodyPart(pdf);
        }
        m.setContent(parts);
        return m;
    }

    static String body(MailTexts t, String seller, QuoteMessage q) {
        StringBuilder b = new StringBuilder();
        b.append(q.recipientName() == null ? t.get("greeting.anonymous") : t.get("greeting", q.recipientName())).append("\n\n");
        b.append(q.revision() > 1 ? t.get("intro.revision", seller, q.quoteNumber(), q.revision()) : t.get("intro", seller, q.quoteNumber()))
                .append("\n\n");
        if (q.note() != null) {
            b.append(q.note()).append("\n\n");
        }
        b.append(t.get("total", t.money(q.total(), q.currency()))).append('\n');
        b.append(t.get("validUntil", t.date(q.validUntil()))).append("\n\n");
        b.append(t.get("link")).append('\n').append(q.publicUrl()).append("\n\n");
        if (q.pdf() != null) {
            b.append(t.get("attachment")).append("\n\n");
        }
        b.append(t.get("closing", seller)).append("\n\n-- \n").append(t.get("personal")).append('\n');
        return b.toString();
    }

    /** Keeps the Message-ID we set instead of the random one saveChanges() would make. */
    static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
