package org.offerbridge.rfqform.internal;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.offerbridge.quotation.mail.api.Sender;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** The customer's copy of their request, in their language, as plain text. */
final class ConfirmationMail {
    private static final String UTF8 = "UTF-8";

    private ConfirmationMail() {
    }

    /** What the copy shows. */
    record Copy(String reference, String to, SubmissionRules.Checked submission, List<String> fileNames) {
    }

    static MimeMessage compose(Session session, Sender from, Texts t, Copy c) throws MessagingException, UnsupportedEncodingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(from.name() == null ? new InternetAddress(from.address()) : new InternetAddress(from.address(), from.name(), UTF8));
        if (from.replyTo() != null) {
            m.setReplyTo(new InternetAddress[] {new InternetAddress(from.replyTo())});
        }
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(c.to()));
        m.setSubject(t.get("mail.subject", c.reference()), UTF8);
        m.setHeader("Auto-Submitted", "auto-generated"); // an auto-reply to this copy must not come back as a request
        m.setText(body(t, c), UTF8, "plain");
        return m;
    }

    static String body(Texts t, Copy c) {
        SubmissionRules.Checked s = c.submission();
        StringBuilder b = new StringBuilder();
        b.append(s.name() == null ? t.get("mail.greetingNoName") : t.get("mail.greeting", s.name())).append("\n\n");
        b.append(t.get("mail.intro")).append("\n\n").append(t.get("mail.reference", c.reference())).append("\n\n");
        if (!s.lines().isEmpty()) {
            b.append(t.get("mail.items")).append('\n');
            for (SubmissionRules.Line l : s.lines()) {
                b.append("- ").append(quantity(l.quantity())).append(" × ").append(l.product().name()).append(" (").append(l.product().sku())
                        .append(')');
                for (Map.Entry<String, String> o : l.options().entrySet()) {
                    b.append(", ").append(o.getKey()).append(": ").append(o.getValue());
                }
                b.append('\n');
            }
            b.append('\n');
        }
        if (s.message() != null) {
            b.append(t.get("mail.message")).append('\n').append(s.message()).append("\n\n");
        }
        if (!c.fileNames().isEmpty()) {
            b.append(t.get("mail.files", String.join(", ", c.fileNames()))).append("\n\n");
        }
        b.append(t.get("mail.contact")).append('\n');
        for (String v : new String[] {s.name(), s.company(), s.email(), s.phone()}) {
            if (v != null) {
                b.append(v).append('\n');
            }
        }
        return b.append('\n').append(t.get("mail.closing")).append('\n').toString();
    }

    static String quantity(BigDecimal q) {
        return q.stripTrailingZeros().toPlainString();
    }
}
