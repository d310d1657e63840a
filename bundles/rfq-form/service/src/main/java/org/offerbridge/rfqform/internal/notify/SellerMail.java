package org.offerbridge.rfqform.internal.notify;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.offerbridge.quotation.mail.api.Sender;
import org.offerbridge.rfqform.internal.Texts;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * The seller's notification of one submission, in the workspace's language: a plain-text summary, the
 * {@value RfqJson#SCHEMA} document as {@code rfq-<reference>.json}, and the customer's files when they are small
 * enough (otherwise the summary and the JSON link them to the request in the admin UI, where staff sign in).
 */
public final class SellerMail {
    private static final String UTF8 = "UTF-8";
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private SellerMail() {
    }

    /** A file the customer sent, with its bytes. */
    public record Attachment(String name, String contentType, byte[] bytes) {
    }

    /** What goes out: the submission, where it is in the admin UI, and the files to attach (empty when linked). */
    public record Notice(Rfq rfq, String requestLink, List<Attachment> attached, List<String> to) {
        public Notice {
            attached = List.copyOf(attached);
            to = List.copyOf(to);
        }

        /** Whether the files travel with the mail (true also when there are none). */
        public boolean filesAttached() {
            return rfq.files().isEmpty() || !attached.isEmpty();
        }

        public String json() {
            return RfqJson.of(rfq, requestLink, filesAttached());
        }
    }

    public static MimeMessage compose(Session session, Sender from, Texts t, Notice n) throws MessagingException, UnsupportedEncodingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(from.name() == null ? new InternetAddress(from.address()) : new InternetAddress(from.address(), from.name(), UTF8));
        for (String to : n.to()) {
            m.addRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(to));
        }
        Rfq r = n.rfq();
        if (r.contact().email() != null) {
            m.setReplyTo(new InternetAddress[] {new InternetAddress(r.contact().email())}); // answering reaches the customer
        }
        String who = r.contact().company() != null ? r.contact().company() : r.contact().name() != null ? r.contact().name()
                : r.contact().email() != null ? r.contact().email() : r.contact().phone();
        m.setSubject(who == null ? t.get("notify.subjectNoName", r.reference()) : t.get("notify.subject", r.reference(), who), UTF8);
        m.setHeader("Auto-Submitted", "auto-generated");
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body(t, n), UTF8, "plain");
        mixed.addBodyPart(text);
        MimeBodyPart json = new MimeBodyPart();
        json.setDataHandler(new DataHandler(new ByteArrayDataSource(n.json().getBytes(StandardCharsets.UTF_8), "application/json; charset=UTF-8")));
        json.setFileName(RfqJson.fileName(r.reference()));
        json.setDisposition(MimeBodyPart.ATTACHMENT);
        mixed.addBodyPart(json);
        for (Attachment a : n.attached()) {
            MimeBodyPart p = new MimeBodyPart();
            p.setDataHandler(new DataHandler(new ByteArrayDataSource(a.bytes(), a.contentType() == null ? "application/octet-stream" : a.contentType())));
            p.setFileName(a.name()); // non-ASCII names as RFC 2231 parameters (Jakarta Mail's default)
            p.setDisposition(MimeBodyPart.ATTACHMENT);
            // the customer's bytes exactly: a text file sent 7bit or quoted-printable gets its line ends rewritten on the way
            p.setHeader("Content-Transfer-Encoding", "base64");
            mixed.addBodyPart(p);
        }
        m.setContent(mixed);
        return m;
    }

    /** The readable summary. */
    public static String body(Texts t, Notice n) {
        Rfq r = n.rfq();
        StringBuilder b = new StringBuilder();
        b.append(t.get("notify.intro")).append("\n\n");
        b.append(t.get("notify.reference", r.reference())).append('\n');
        b.append(t.get("notify.received", RECEIVED.format(r.receivedAt()))).append("\n\n");
        b.append(t.get("notify.contact")).append('\n');
        line(b, t, "name", r.contact().name());
        line(b, t, "company", r.contact().company());
        line(b, t, "email", r.contact().email());
        line(b, t, "phone", r.contact().phone());
        b.append('\n');
        if (!r.items().isEmpty()) {
            b.append(t.get("notify.items")).append('\n');
            for (Rfq.Item i : r.items()) {
                b.append("- ").append(i.quantity().stripTrailingZeros().toPlainString());
                if (i.unit() != null) {
                    b.append(' ').append(i.unit());
                }
                b.append(" × ").append(i.name()).append(" (").append(i.sku()).append(')').append('\n');
                for (Map.Entry<String, String> o : i.options().entrySet()) {
                    b.append("    ").append(t.get("notify.field", o.getKey(), o.getValue())).append('\n');
                }
            }
            b.append('\n');
        }
        if (r.message() != null) {
            b.append(t.get("notify.message")).append('\n').append(r.message()).append("\n\n");
        }
        if (!r.files().isEmpty()) {
            b.append(t.get(n.filesAttached() ? "notify.filesAttached" : "notify.filesLinked")).append('\n');
            for (Rfq.FileInfo f : r.files()) {
                b.append("- ").append(f.name()).append(" (").append(size(t, f.size())).append(")\n");
            }
            b.append('\n');
        }
        b.append(t.get("notify.open")).append('\n').append(n.requestLink()).append("\n\n");
        b.append(t.get("notify.json", RfqJson.fileName(r.reference()), RfqJson.SCHEMA)).append('\n');
        return b.toString();
    }

    private static void line(StringBuilder b, Texts t, String label, String value) {
        if (value != null) {
            b.append(t.get("notify.field", t.get(label), value)).append('\n');
        }
    }

    /** Bytes as the staff read them: B, KB or MB with one decimal, in the language's digits' separator. */
    static String size(Texts t, long bytes) {
        if (bytes < 1024) {
            return t.get("notify.bytes", bytes);
        }
        double kb = bytes / 1024.0;
        String unit = kb < 1024 ? "notify.kb" : "notify.mb";
        double v = kb < 1024 ? kb : kb / 1024.0;
        return t.get(unit, String.format(t.locale(), "%.1f", v));
    }
}
