package org.offerbridge.channels.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.offerbridge.channels.api.Conversation.Contact;
import org.offerbridge.channels.spi.InboundBatch.InboundMessage;
import org.offerbridge.channels.spi.OutboundMessage;
import org.offerbridge.quotation.mail.api.Sender;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** Messages built with Jakarta Mail, written out and read back as a server would hand them over. */
class InboundMailTest {
    private static final Session SESSION = Session.getInstance(new Properties());

    private static MimeMessage base(String messageId) throws Exception {
        MimeMessage m = new MimeMessage(SESSION) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress("Ravi Sharma <Ravi@Sharma-Traders.example>"));
        m.setRecipient(RecipientType.TO, new InternetAddress("sales@shop.example"));
        m.setSubject("Quote for bolts", "UTF-8");
        return m;
    }

    /** Serialised and parsed again: what reading a mailbox gives. */
    private static MimeMessage wire(MimeMessage m) throws Exception {
        m.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return new MimeMessage(SESSION, new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void plainTextWithTheMessageIdAsKeyAndTheSenderAsThread() throws Exception {
        MimeMessage m = base("<abc.1@mail.sharma.example>");
        m.setText("Please quote 12 M8 hex bolts\r\nThanks", "UTF-8");
        InboundMessage in = InboundMail.read(wire(m), "<fallback>", "sales@shop.example");
        assertEquals("<abc.1@mail.sharma.example>", in.providerMessageId());
        assertEquals("ravi@sharma-traders.example", in.threadKey());
        assertEquals(new Contact("Ravi Sharma", null, null, "ravi@sharma-traders.example"), in.contact());
        assertEquals("Please quote 12 M8 hex bolts\nThanks", in.text());
        assertEquals("Quote for bolts", in.subject());
        assertFalse(in.automated());
        assertEquals(List.of(), in.inReplyTo());
    }

    @Test
    void withoutMessageIdTheFallbackIsTheKey() throws Exception {
        MimeMessage m = base("<x@y>");
        m.setText("hello", "UTF-8");
        MimeMessage w = wire(m);
        w.removeHeader("Message-ID");
        assertEquals("<uid.7.3@box>", InboundMail.read(w, "<uid.7.3@box>", "sales@shop.example").providerMessageId());
    }

    @Test
    void htmlOnlyMailBecomesTextWithItsLineBreaks() throws Exception {
        MimeMessage m = base("<h@x>");
        m.setContent("<html><head><style>p{color:red}</style></head><body><p>Hello,</p><p>we need 5&nbsp;rolls of <b>PVC tape</b><br>and"
                + " 2 hammers</p><script>alert(1)</script></body></html>", "text/html; charset=UTF-8");
        InboundMessage in = InboundMail.read(wire(m), "<f>", "sales@shop.example");
        assertEquals("Hello,\nwe need 5 rolls of PVC tape\nand 2 hammers", in.text());
    }

    @Test
    void alternativePrefersPlainAndAttachmentsAreMetadataOnly() throws Exception {
        MimeMessage m = base("<a@x>");
        MimeMultipart alt = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText("Plain list: 3 drills", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>HTML list</p>", "text/html; charset=UTF-8");
        alt.addBodyPart(plain);
        alt.addBodyPart(html);
        MimeBodyPart altPart = new MimeBodyPart();
        altPart.setContent(alt);
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setContent("%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII), "application/pdf");
        pdf.setFileName("items.pdf");
        pdf.setDisposition(MimeBodyPart.ATTACHMENT);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(altPart);
        mixed.addBodyPart(pdf);
        m.setContent(mixed);
        InboundMessage in = InboundMail.read(wire(m), "<f>", "sales@shop.example");
        assertEquals("Plain list: 3 drills", in.text());
        assertEquals(List.of(), in.attachments(), "files, not metadata only");
        assertEquals(1, in.files().size());
        assertEquals("items.pdf", in.files().get(0).name());
        assertEquals("application/pdf", in.files().get(0).contentType());
        assertEquals("%PDF-1.4 fake", new String(in.files().get(0).bytes(), StandardCharsets.US_ASCII), "the decoded bytes");
        assertEquals(false, in.files().get(0).tooLarge());
    }

    @Test
    void repliesToListsInReplyToThenReferencesNewestFirst() throws Exception {
        MimeMessage m = base("<r3@x>");
        m.setText("ok", "UTF-8");
        m.setHeader("In-Reply-To", "<r2@shop.example>");
        m.setHeader("References", "<r0@x> <r1@shop.example>\r\n <r2@shop.example>");
        assertEquals(List.of("<r2@shop.example>", "<r1@shop.example>", "<r0@x>"), InboundMail.read(wire(m), "<f>", "s@x").inReplyTo());
    }

    @Test
    void outlookReplyWithAChangedSubjectAndOnlyInReplyToStillNamesOurMessage() throws Exception {
        MimeMessage m = base("<outlook.5@x>");
        m.setSubject("AW: new order, please see below");
        m.setText("and 4 more", "UTF-8");
        m.setHeader("In-Reply-To", "<ob.123@shop.example>");
        assertEquals(List.of("<ob.123@shop.example>"), InboundMail.read(wire(m), "<f>", "s@x").inReplyTo());
    }

    @Test
    void autoRepliesBouncesAndListMailAreAutomated() throws Exception {
        for (String[] header : new String[][] {{"Auto-Submitted", "auto-replied"}, {"Precedence", "bulk"}, {"Precedence", "auto_reply"},
                {"X-Autoreply", "yes"}}) {
            MimeMessage m = base("<auto@x>");
            m.setText("I am out of office", "UTF-8");
            m.setHeader(header[0], header[1]);
            assertTrue(InboundMail.read(wire(m), "<f>", "s@x").automated(), header[0]);
        }
        MimeMessage no = base("<n@x>");
        no.setText("a person", "UTF-8");
        no.setHeader("Auto-Submitted", "no");
        assertFalse(InboundMail.read(wire(no), "<f>", "s@x").automated());

        MimeMessage bounce = base("<b@x>");
        bounce.setFrom(new InternetAddress("MAILER-DAEMON@mx.example"));
        bounce.setText("Delivery failed", "UTF-8");
        assertTrue(InboundMail.read(wire(bounce), "<f>", "s@x").automated());

        MimeMessage report = base("<rep@x>");
        MimeMultipart mp = new MimeMultipart("report");
        MimeBodyPart p = new MimeBodyPart();
        p.setText("Undeliverable", "UTF-8");
        mp.addBodyPart(p);
        report.setContent(mp);
        assertTrue(InboundMail.read(wire(report), "<f>", "s@x").automated());

        MimeMessage echo = base("<e@x>");
        echo.setFrom(new InternetAddress("Sales@Shop.example"));
        echo.setText("our own", "UTF-8");
        assertTrue(InboundMail.read(wire(echo), "<f>", "sales@shop.example").automated());
    }

    @Test
    void aReplyCarriesOurMessageIdAndTheThreadHeaders() throws Exception {
        OutboundMessage out = new OutboundMessage("000001-abc", "conv", "ravi@x.example", new Contact("Ravi", null, null, "ravi@x.example"),
                "We can offer 12 bolts at 4.50", null, List.of("<first@x.example>", "<ob.0@shop.example>", "<second@x.example>"), "Re: Quote for bolts");
        MimeMessage m = wire(reply(out));
        assertEquals("<ob.000001-abc@shop.example>", m.getMessageID());
        assertEquals("<second@x.example>", m.getHeader("In-Reply-To", null));
        assertEquals("<first@x.example> <ob.0@shop.example> <second@x.example>", m.getHeader("References", null).replaceAll("\\s+", " "));
        assertEquals("Re: Quote for bolts", m.getSubject());
        assertEquals("ravi@x.example", ((InternetAddress) m.getRecipients(RecipientType.TO)[0]).getAddress());
        assertEquals("We can offer 12 bolts at 4.50", m.getContent().toString().strip());
        // the same message id on a retry: the same Message-ID
        assertEquals(m.getMessageID(), wire(reply(out)).getMessageID());
    }

    /** A reply of a channel with its own SMTP and no reply key, as its kind composes it. */
    private static MimeMessage reply(OutboundMessage out) throws Exception {
        return OutboundMail.compose(SESSION, out, new Sender("sales@shop.example", null, null), "sales@shop.example",
                OutboundMail.messageId(out.messageId(), "sales@shop.example"));
    }

    @Test
    void subjectsGetOneRe() {
        assertEquals("Re: order", OutboundMail.subject("RE: Aw: order"));
        assertEquals("Re: your message", OutboundMail.subject(null));
    }

    /** An HTML-only reply as Gmail writes it: the quoted mail sits under its attribution, and the parser gets only the new line. */
    @Test
    void anHtmlOnlyGmailReplyLosesItsQuoteForTheParser() throws Exception {
        MimeMessage m = new MimeMessage(SESSION);
        m.setFrom(new InternetAddress("ravi@sharma.example"));
        m.setContent("<div dir=\"ltr\">Please add 20 washers M8</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
                + "On Mon, 7 Dec 2026 at 10:15, Acme Sales &lt;sales@shop.example&gt; wrote:<br></div><blockquote class=\"gmail_quote\">"
                + "12 M8 hex bolts are 54 INR.</blockquote></div>", "text/html; charset=UTF-8");
        InboundMail.Mail read = InboundMail.read(wire(m), "<f>", "sales@shop.example", null);
        assertEquals("Please add 20 washers M8", read.message().textForParser());
        assertTrue(read.message().text().contains("12 M8 hex bolts are 54 INR."), "staff see the whole mail: " + read.message().text());
        assertTrue(read.fullText().contains("12 M8 hex bolts are 54 INR."), read.fullText());
    }
}
