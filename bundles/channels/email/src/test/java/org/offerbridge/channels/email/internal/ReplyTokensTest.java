package org.offerbridge.channels.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.offerbridge.channels.api.Conversation.Contact;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.OutboundMessage;
import org.offerbridge.channels.spi.PreparedSettings;
import org.offerbridge.quotation.mail.api.Sender;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Reply tokens: made with the channel's key, found in the address answers come to, refused when made with another key or made up. */
class ReplyTokensTest {
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final OutboundMessage OUT = new OutboundMessage("000001733-3f2a", "conv-1", "ravi@sharma.example",
            new Contact("Ravi", null, null, "ravi@sharma.example"), "12 bolts are 54 INR", null, List.of("<c1@sharma.example>"), "Quote");

    private static EmailSettings channel(boolean replyTokens, boolean ownSmtp) {
        Map<String, Object> given = new HashMap<>(Map.of("imapHost", "imap.shop.example", "username", "sales@shop.example", "password", "pw"));
        if (ownSmtp) {
            given.put("smtpHost", "smtp.shop.example");
        }
        given.put("replyTokens", replyTokens);
        PreparedSettings p = EmailSettings.prepare(given, ChannelSettings.NONE);
        return EmailSettings.of(new ChannelSettings("c1", p.values(), p.secrets()));
    }

    @Test
    void aTokenIsStableValidOnlyWithItsKeyAndHidesTheIds() {
        ReplyTokens mine = ReplyTokens.of(channel(true, true)).orElseThrow();
        ReplyTokens other = ReplyTokens.of(channel(true, true)).orElseThrow();
        String token = mine.token(OUT.messageId());
        assertEquals(token, mine.token(OUT.messageId()), "the same on every retry");
        assertTrue(token.matches("[0-9a-f]{32}"), token);
        assertFalse(token.contains("3f2a") || token.contains("conv"), "no id in it");
        assertNotEquals(token, mine.token("000001733-3f2b"));
        assertTrue(mine.valid(token));
        assertFalse(other.valid(token), "another channel's key");
        assertFalse(mine.valid(token.substring(0, 20) + (token.endsWith("000000000000") ? "111111111111" : "000000000000")), "a made-up mac");
        assertFalse(mine.valid(other.token(OUT.messageId())));
        assertFalse(mine.valid("short"));
    }

    @Test
    void theAddressCarriesTheTokenAndAnswersToItNameOurReply() {
        ReplyTokens tokens = ReplyTokens.of(channel(true, true)).orElseThrow();
        String token = tokens.token(OUT.messageId());
        String address = ReplyTokens.address("sales@shop.example", token).orElseThrow();
        assertEquals("sales+c-" + token + "@shop.example", address);
        assertEquals(Optional.of("<ob." + token + "@shop.example>"), tokens.answeredId(address));
        assertEquals(Optional.of("<ob." + token + "@shop.example>"), tokens.answeredId(address.toUpperCase()), "mail clients may change case");
        assertEquals(Optional.empty(), tokens.answeredId("sales@shop.example"));
        String forged = token.substring(0, 31) + (token.endsWith("0") ? "1" : "0");
        assertEquals(Optional.empty(), tokens.answeredId("sales+c-" + forged + "@shop.example"), "forged");
        assertEquals(Optional.empty(), ReplyTokens.address("a-very-long-mailbox-name-that-leaves-no-room@shop.example", token),
                "no token where the address would be longer than 64 before the @");
    }

    @Test
    void withTokensOnTheReplyToCarriesOneAndTheMessageIdIsTheTokensOwn() throws Exception {
        EmailSettings s = channel(true, true);
        String token = ReplyTokens.of(s).orElseThrow().token(OUT.messageId());
        MimeMessage m = EmailKind.composer(s, OUT, token).compose(SESSION, new Sender("sales@shop.example", null, null));
        m.saveChanges();
        assertEquals("<ob." + token + "@shop.example>", m.getMessageID());
        assertEquals("sales@shop.example", ((InternetAddress) m.getFrom()[0]).getAddress());
        assertEquals("sales+c-" + token + "@shop.example", ((InternetAddress) m.getReplyTo()[0]).getAddress());
    }

    @Test
    void withTokensOffAndTheWorkspacesServerAnswersStillComeToTheChannelsMailbox() throws Exception {
        EmailSettings s = channel(false, false);
        String token = ReplyTokens.of(s).orElseThrow().token(OUT.messageId());
        MimeMessage m = EmailKind.composer(s, OUT, token).compose(SESSION, new Sender("quotes@shop.example", "Acme Sales", "office@shop.example"));
        m.saveChanges();
        assertEquals("quotes@shop.example", ((InternetAddress) m.getFrom()[0]).getAddress());
        assertEquals("Acme Sales", ((InternetAddress) m.getFrom()[0]).getPersonal());
        assertEquals("sales@shop.example", ((InternetAddress) m.getReplyTo()[0]).getAddress(), "the mailbox the channel reads");
        assertEquals("<ob." + token + "@shop.example>", m.getMessageID());
        assertEquals("<c1@sharma.example>", m.getHeader("In-Reply-To", null));
    }

    @Test
    void anAnswerWithoutThreadHeadersThreadsByItsTokenAndAForgedOneDoesNot() throws Exception {
        EmailSettings s = channel(true, true);
        ReplyTokens tokens = ReplyTokens.of(s).orElseThrow();
        String token = tokens.token(OUT.messageId());
        MimeMessage answer = answer("sales+c-" + token + "@shop.example");
        assertEquals(List.of("<ob." + token + "@shop.example>"), InboundMail.read(answer, "<f>", "sales@shop.example", tokens).message().inReplyTo());

        String theirs = ReplyTokens.of(channel(true, true)).orElseThrow().token(OUT.messageId());
        assertEquals(List.of(), InboundMail.read(answer("sales+c-" + theirs + "@shop.example"), "<f>", "sales@shop.example", tokens).message()
                .inReplyTo(), "a token of another channel threads nothing");

        MimeMessage kept = answer("sales+c-" + token + "@shop.example");
        kept.setHeader("In-Reply-To", "<c9@sharma.example>");
        kept.saveChanges();
        assertEquals(List.of("<c9@sharma.example>", "<ob." + token + "@shop.example>"),
                InboundMail.read(wire(kept), "<f>", "sales@shop.example", tokens).message().inReplyTo(), "the headers first");
    }

    @Test
    void theParserGetsTheNewPartAndTheRawPayloadKeepsItAll() throws Exception {
        MimeMessage m = new MimeMessage(SESSION);
        m.setFrom(new InternetAddress("ravi@sharma.example"));
        m.setRecipient(RecipientType.TO, new InternetAddress("sales@shop.example"));
        m.setSubject("Re: Quote");
        m.setText("Also 100 washers.\n\nOn Mon, 7 Dec 2026 at 10:15, Acme Sales <sales@shop.example> wrote:\n> 12 bolts are 54 INR.", "UTF-8");
        InboundMail.Mail read = InboundMail.read(wire(m), "<f>", "sales@shop.example", null);
        assertEquals("Also 100 washers.", read.message().textForParser());
        assertTrue(read.message().text().contains("> 12 bolts are 54 INR."), "staff see the whole mail");
        assertTrue(read.fullText().contains("> 12 bolts are 54 INR."));
        String raw = MailboxReader.raw(wire(m), read.fullText());
        assertTrue(raw.contains("Subject: Re: Quote") && raw.endsWith("> 12 bolts are 54 INR."), raw);
    }

    private static MimeMessage answer(String to) throws Exception {
        MimeMessage m = new MimeMessage(SESSION);
        m.setFrom(new InternetAddress("purchase@sharma.example"));
        m.setRecipient(RecipientType.TO, new InternetAddress(to));
        m.setSubject("new order");
        m.setText("Also 100 washers", "UTF-8");
        return wire(m);
    }

    private static MimeMessage wire(MimeMessage m) throws Exception {
        m.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return new MimeMessage(SESSION, new ByteArrayInputStream(out.toByteArray()));
    }
}
