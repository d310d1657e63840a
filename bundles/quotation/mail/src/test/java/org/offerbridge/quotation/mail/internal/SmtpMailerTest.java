package org.offerbridge.quotation.mail.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.RefusedAddressException;
import org.offerbridge.quotation.api.DeliveryException;
import org.offerbridge.quotation.api.QuoteMessage;
import org.offerbridge.quotation.mail.api.MailSecurity;
import org.offerbridge.quotation.mail.api.MailSendException;
import org.offerbridge.quotation.mail.api.Sender;
import org.offerbridge.quotation.mail.api.SmtpServer;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Quote emails through a real SMTP server (GreenMail on a free local port). */
class SmtpMailerTest {
    /** Only the loopback test server may be reached, as an operator would allow a local relay. */
    private static final OutboundAddressPolicy LOCAL_ONLY = new OutboundAddressPolicy() {
        @Override
        public URI check(String url) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void checkHost(String host, int port) {
            if (!host.equals("127.0.0.1")) {
                throw new RefusedAddressException("The host " + host + " is not allowed");
            }
        }
    };

    private GreenMail smtp;
    private int port;
    private final SmtpMailer mailer = new SmtpMailer(LOCAL_ONLY);

    @BeforeEach
    void start() throws IOException {
        port = freePort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("quotes@acme.test", "mailbox", "s3cret-pass"));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void quoteArrivesWithLinkTotalAndPdfAttached() throws Exception {
        byte[] pdf = "%PDF-1.7 test bytes".getBytes(StandardCharsets.US_ASCII);
        QuoteMessage q = message(Locale.ENGLISH, pdf, null);
        send(account("mailbox", "s3cret-pass"), q);

        MimeMessage[] got = smtp.getReceivedMessages();
        assertEquals(1, got.length);
        MimeMessage m = got[0];
        assertEquals("Quotation Q-2026-00042 from Acme Hardware", m.getSubject());
        assertEquals("quotes@acme.test", ((InternetAddress) m.getFrom()[0]).getAddress());
        assertEquals("Acme Sales", ((InternetAddress) m.getFrom()[0]).getPersonal());
        assertEquals("Priya Nair <priya@buyer.test>", m.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString());
        assertEquals("<d-123@quote.offerbridge>", m.getMessageID());
        Multipart parts = (Multipart) m.getContent();
        assertEquals(2, parts.getCount());
        String body = (String) parts.getBodyPart(0).getContent();
        assertTrue(body.contains("Hello Priya Nair,"), body);
        assertTrue(body.contains("https://quotes.acme.test/api/v1/q/tok3n"), body);
        assertTrue(body.contains("₹1,234.50"), body);
        assertTrue(body.contains("December 31, 2026"), body);
        BodyPart attached = parts.getBodyPart(1);
        assertEquals("Q-2026-00042.pdf", attached.getFileName());
        assertTrue(attached.getContentType().startsWith("application/pdf"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        attached.getDataHandler().writeTo(bytes);
        assertArrayEquals(pdf, bytes.toByteArray());
    }

    @Test
    void theSenderIsTheOneGivenAndTheMessageIdSentIsReturned() throws Exception {
        SmtpAccount a = account(null, null);
        String id = mailer.send(a.server(), new Sender("sales@acme.test", null, "office@acme.test"), (session, from) -> {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(from.address()));
            m.setReplyTo(new InternetAddress[] {new InternetAddress(from.replyTo())});
            m.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress("priya@buyer.test"));
            m.setText("hello");
            return m;
        });
        MimeMessage got = smtp.getReceivedMessages()[0];
        assertEquals(got.getMessageID(), id);
        assertEquals("office@acme.test", ((InternetAddress) got.getReplyTo()[0]).getAddress());
        MailSendException refused = assertThrows(MailSendException.class, () -> mailer.send(new SmtpServer("10.0.0.7", port, MailSecurity.NONE,
                null, null), a.sender(), (session, from) -> new MimeMessage(session)));
        assertEquals(MailSendException.Failure.NOT_ALLOWED, refused.failure());
    }

    @Test
    void germanRecipientGetsGermanTextAndThePersonalNote() throws Exception {
        send(account(null, null), message(Locale.GERMAN, null, "Wie besprochen, mit Mengenrabatt."));

        MimeMessage m = smtp.getReceivedMessages()[0];
        assertEquals("Angebot Q-2026-00042 von Acme Hardware", m.getSubject());
        Multipart parts = (Multipart) m.getContent();
        assertEquals(1, parts.getCount(), "no PDF writer, no attachment");
        String body = (String) parts.getBodyPart(0).getContent();
        assertTrue(body.contains("Hallo Priya Nair,"), body);
        assertTrue(body.contains("Wie besprochen, mit Mengenrabatt."), body);
        assertTrue(body.contains("1.234,50"), body);
        assertFalse(body.contains("PDF"), "no attachment, so no word about one: " + body);
    }

    @Test
    void wrongPasswordIsReportedAsALoginProblemToRetryAfterItIsFixed() {
        DeliveryException e = assertThrows(DeliveryException.class, () -> send(account("mailbox", "wrong"), message(Locale.ENGLISH, null, null)));
        assertTrue(e.getMessage().contains("refused the login"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong"), "the password never appears: " + e.getMessage());
        assertFalse(e.permanent());
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void aServerThatIsDownIsATransientFailureNamingIt() throws IOException {
        int closed = freePort();
        SmtpAccount down = account("127.0.0.1", closed, MailSecurity.NONE, null, null);
        DeliveryException e = assertThrows(DeliveryException.class, () -> send(down, message(Locale.ENGLISH, null, null)));
        assertTrue(e.getMessage().contains("127.0.0.1:" + closed), e.getMessage());
        assertFalse(e.permanent());
    }

    @Test
    void aHostThePolicyRefusesIsNeverContacted() {
        SmtpAccount internal = account("10.0.0.7", port, MailSecurity.NONE, null, null);
        DeliveryException e = assertThrows(DeliveryException.class, () -> send(internal, message(Locale.ENGLISH, null, null)));
        assertTrue(e.getMessage().contains("may not be reached"), e.getMessage());
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void starttlsIsRequiredWhenAskedForSoNothingGoesOutInPlainText() {
        // GreenMail's plain SMTP does not offer STARTTLS: the client must refuse rather than fall back
        SmtpAccount tls = account("127.0.0.1", port, MailSecurity.STARTTLS, null, null);
        assertThrows(DeliveryException.class, () -> send(tls, message(Locale.ENGLISH, null, null)));
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    /** As the quote sender does: a failure becomes the quotation's DeliveryException. */
    private void send(SmtpAccount a, QuoteMessage q) throws DeliveryException {
        try {
            mailer.send(a.server(), a.sender(), (session, from) -> QuoteMail.compose(session, from, q));
        } catch (MailSendException e) {
            throw EmailQuoteSender.delivery(e);
        }
    }

    private SmtpAccount account(String user, String password) {
        return new SmtpAccount(new SmtpServer("127.0.0.1", port, MailSecurity.NONE, user, password), new Sender("quotes@acme.test", "Acme Sales", null));
    }

    private static SmtpAccount account(String host, int port, MailSecurity security, String user, String password) {
        return new SmtpAccount(new SmtpServer(host, port, security, user, password), new Sender("quotes@acme.test", null, null));
    }

    private static QuoteMessage message(Locale locale, byte[] pdf, String note) {
        return new QuoteMessage("t-1", "d-123", "q-1", "Q-2026-00042", 1, "Acme Hardware", "Priya Nair", "priya@buyer.test", locale,
                LocalDate.of(2026, 12, 31), new BigDecimal("1234.50"), "INR", "https://quotes.acme.test/api/v1/q/tok3n", note, pdf,
                pdf == null ? null : "Q-2026-00042.pdf");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
