package org.offerbridge.channels.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.offerbridge.platform.testing.Refusals.assertInvalid;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offerbridge.quotation.mail.api.MailTransport;
import org.offerbridge.quotation.mail.api.Sender;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.InboundCall;
import org.offerbridge.channels.spi.PreparedSettings;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;

class EmailSettingsTest {
    private final MailTransport transport = mock(MailTransport.class);
    private final EmailKind kind = new EmailKind(mock(OutboundAddressPolicy.class));

    @BeforeEach
    void workspaceWithoutSmtp() {
        kind.transport = transport;
        when(transport.workspaceSender("t1")).thenReturn(Optional.empty());
    }

    private static Map<String, Object> imap() {
        Map<String, Object> m = new HashMap<>();
        m.put("imapHost", "IMAP.Shop.example");
        m.put("username", "Sales");
        m.put("password", "pw secret");
        return m;
    }

    @Test
    void defaultsSecretsAndTheMailboxAsAccount() {
        PreparedSettings p = kind.settings(imap(), ChannelSettings.NONE);
        assertEquals("imap.shop.example", p.values().get("imapHost"));
        assertEquals("ssl", p.values().get("imapSecurity"));
        assertEquals("993", p.values().get("imapPort"));
        assertEquals("INBOX", p.values().get("folder"));
        assertFalse(p.values().containsKey("password"));
        assertEquals("pw secret", p.secrets().get("password"));
        assertTrue(p.shownOnce().isEmpty());
        ChannelSettings s = new ChannelSettings("c", p.values(), p.secrets(), "t1");
        assertEquals("sales@imap.shop.example", kind.accountKey(s));
        assertEquals(Optional.of(EmailTexts.get(Locale.ENGLISH, EmailKind.NO_SMTP)), kind.cannotReply(s), "neither own nor workspace SMTP");
        assertTrue(EmailTexts.get(Locale.ENGLISH, EmailKind.NO_SMTP).contains("no SMTP server"));
    }

    @Test
    void withoutItsOwnSmtpTheChannelRepliesThroughTheWorkspacesAndSaysWhenThereIsNone() {
        ChannelSettings s = prepared(imap());
        assertTrue(kind.cannotReply(s).isPresent());
        when(transport.workspaceSender("t1")).thenReturn(Optional.of(new Sender("quotes@shop.example", "Shop", null)));
        assertEquals(Optional.empty(), kind.cannotReply(s), "the workspace's SMTP answers");
        kind.transport = null;
        assertEquals(Optional.of(EmailTexts.get(Locale.ENGLISH, EmailKind.NO_TRANSPORT)), kind.cannotReply(s), "no mail sender at all");
        assertTrue(EmailKind.readsDespite(EmailTexts.get(Locale.forLanguageTag("uk"), EmailKind.NO_TRANSPORT)));
        assertTrue(EmailKind.readsDespite(EmailTexts.get(Locale.GERMAN, EmailKind.NO_SMTP)));
        assertFalse(EmailKind.readsDespite("A reply could not be sent: the SMTP server refused the login"));
    }

    @Test
    void theReplyKeyIsDrawnOnceKeptThroughChangesAndNeverGiven() {
        PreparedSettings p = kind.settings(imap(), ChannelSettings.NONE);
        String key = p.secrets().get("replyKey");
        assertEquals(32, java.util.Base64.getDecoder().decode(key).length);
        assertFalse(p.values().containsKey("replyKey"));
        assertFalse(p.values().containsKey("replyTokens"), "off unless asked for");
        PreparedSettings changed = kind.settings(Map.of("replyTokens", true), new ChannelSettings("c", p.values(), p.secrets(), "t1"));
        assertEquals(key, changed.secrets().get("replyKey"));
        assertEquals("true", changed.values().get("replyTokens"));
        assertInvalid("settings.replyKey", () -> kind.settings(Map.of("replyKey", "mine"), new ChannelSettings("c", p.values(), p.secrets(), "t1")));
        assertInvalid("settings.replyTokens", () -> kind.settings(Map.of("replyTokens", "maybe"), new ChannelSettings("c", p.values(), p.secrets(), "t1")));
        assertNotEquals(key, kind.settings(imap(), ChannelSettings.NONE).secrets().get("replyKey"), "each channel its own key");
    }

    private ChannelSettings prepared(Map<String, Object> given) {
        PreparedSettings p = kind.settings(given, ChannelSettings.NONE);
        return new ChannelSettings("c", p.values(), p.secrets(), "t1");
    }

    @Test
    void ownSmtpWithItsPasswordSecretAndAChangeKeepsStoredPasswords() {
        Map<String, Object> given = imap();
        given.put("smtpHost", "smtp.shop.example");
        given.put("smtpUsername", "sales@shop.example");
        given.put("smtpPassword", "smtp pw");
        given.put("fromAddress", "sales@shop.example");
        PreparedSettings p = kind.settings(given, ChannelSettings.NONE);
        assertEquals("587", p.values().get("smtpPort"));
        assertEquals("starttls", p.values().get("smtpSecurity"));
        assertEquals("smtp pw", p.secrets().get("smtpPassword"));
        ChannelSettings s = new ChannelSettings("c", p.values(), p.secrets(), "t1");
        assertTrue(kind.cannotReply(s).isEmpty());
        PreparedSettings changed = kind.settings(Map.of("folder", "Sales"), s);
        assertEquals("Sales", changed.values().get("folder"));
        assertEquals("pw secret", changed.secrets().get("password"));
        assertEquals("smtp pw", changed.secrets().get("smtpPassword"));
    }

    @Test
    void refusalsNameTheSetting() {
        assertInvalid("settings.imapHost", () -> kind.settings(Map.of("username", "a", "password", "b"), ChannelSettings.NONE));
        Map<String, Object> noPassword = imap();
        noPassword.remove("password");
        assertInvalid("settings.password", () -> kind.settings(noPassword, ChannelSettings.NONE));
        Map<String, Object> badSecurity = imap();
        badSecurity.put("imapSecurity", "tls1");
        assertInvalid("settings.imapSecurity", () -> kind.settings(badSecurity, ChannelSettings.NONE));
        Map<String, Object> badPort = imap();
        badPort.put("imapPort", "70000");
        assertInvalid("settings.imapPort", () -> kind.settings(badPort, ChannelSettings.NONE));
        Map<String, Object> unknown = imap();
        unknown.put("token", "x");
        assertInvalid("settings.token", () -> kind.settings(unknown, ChannelSettings.NONE));
        Map<String, Object> badHost = imap();
        badHost.put("imapHost", "imap example com/x");
        assertInvalid("settings.imapHost", () -> kind.settings(badHost, ChannelSettings.NONE));
    }

    @Test
    void theInboundUrlTakesNothing() {
        PreparedSettings p = kind.settings(imap(), ChannelSettings.NONE);
        ChannelSettings s = new ChannelSettings("c", p.values(), p.secrets(), "t1");
        InboundCall call = new InboundCall("POST", Map.of(), Map.of(), "{}".getBytes(), java.time.Instant.now());
        assertFalse(kind.verify(call, s));
    }

    @Test
    void aRefusedLoginNeedsAttentionWithoutThePassword() throws Exception {
        // nothing listens on this port: connecting fails fast and says where
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, Object> given = imap();
        given.put("imapHost", "127.0.0.1");
        given.put("imapPort", Integer.toString(port));
        given.put("imapSecurity", "none");
        PreparedSettings p = kind.settings(given, ChannelSettings.NONE);
        var c = kind.connect(new ChannelSettings("c", p.values(), p.secrets(), "t1"), URI.create("http://x/"));
        assertFalse(c.connected());
        assertTrue(c.reason().contains("127.0.0.1:" + port), c.reason());
        assertFalse(c.reason().contains("pw secret"));
        assertNull(ReadMark.parse("garbage"));
        assertEquals(new ReadMark(5, 9), ReadMark.parse(new ReadMark(5, 9).format()));
    }

    @Test
    void clearingTheSmtpServerTakesWhatCameWithItAndRefusesOnlyWhatIsGivenWithoutOne() {
        Map<String, Object> withSmtp = imap();
        withSmtp.put("smtpHost", "smtp.shop.example");
        withSmtp.put("smtpUsername", "sales@shop.example");
        withSmtp.put("smtpPassword", "smtp secret");
        withSmtp.put("fromAddress", "sales@shop.example");
        PreparedSettings first = kind.settings(withSmtp, ChannelSettings.NONE);
        assertEquals("587", first.values().get("smtpPort"));
        ChannelSettings current = new ChannelSettings("c", first.values(), first.secrets(), "t1");

        Map<String, Object> clear = new HashMap<>();
        clear.put("smtpHost", null);
        PreparedSettings cleared = kind.settings(clear, current);
        for (String gone : List.of("smtpHost", "smtpPort", "smtpSecurity", "smtpUsername")) {
            assertFalse(cleared.values().containsKey(gone), gone);
        }
        assertFalse(cleared.secrets().containsKey("smtpPassword"));
        assertEquals("sales@shop.example", cleared.values().get("fromAddress"), "still names the mailbox for Reply-To");
        assertEquals("pw secret", cleared.secrets().get("password"), "the IMAP password stays");

        Map<String, Object> portWithoutServer = new HashMap<>();
        portWithoutServer.put("smtpHost", "");
        portWithoutServer.put("smtpPort", "2525");
        assertInvalid("settings.smtpHost", () -> kind.settings(portWithoutServer, current));
    }
}
