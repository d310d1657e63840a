package org.offerbridge.channels.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.Connection;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundBatch.InboundMessage;
import org.offerbridge.channels.spi.PulledInbound;
import org.offerbridge.channels.spi.PulledInbound.PulledChannel;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** The reader against a real IMAP server (GreenMail): marks, Message-ID keys, a refused login. */
class MailboxReaderTest {
    private GreenMail mail;
    private GreenMailUser user;
    private final Recorder inbound = new Recorder();

    /** The channels capability's side, recorded; dedup by provider id as the store does. */
    static class Recorder implements PulledInbound {
        final List<InboundMessage> stored = new ArrayList<>();
        final Map<String, String> marks = new HashMap<>();
        Connection last;

        @Override
        public List<PulledChannel> channels(String kind) {
            return List.of();
        }

        @Override
        public synchronized int deliver(String tenantId, String channelId, InboundBatch batch, String raw) {
            int n = 0;
            for (InboundMessage m : batch.messages()) {
                if (stored.stream().noneMatch(s -> s.providerMessageId().equals(m.providerMessageId()))) {
                    stored.add(m);
                    n++;
                }
            }
            return n;
        }

        @Override
        public List<Delivered> deliverEach(String tenantId, String channelId, InboundBatch batch, String raw) {
            throw new UnsupportedOperationException("the mailbox reader counts what it delivered");
        }

        @Override
        public synchronized Optional<String> mark(String tenantId, String channelId) {
            return Optional.ofNullable(marks.get(channelId));
        }

        @Override
        public synchronized void saveMark(String tenantId, String channelId, String mark) {
            marks.put(channelId, mark);
        }

        @Override
        public void status(String tenantId, String channelId, Connection connection) {
            last = connection;
        }
    }

    private static EmailConfig config() {
        return config(1);
    }

    private static EmailConfig config(int pollSeconds) {
        return new EmailConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EmailConfig.class;
            }

            @Override
            public int pollSeconds() {
                return pollSeconds;
            }

            @Override
            public int maxPerPoll() {
                return 50;
            }

            @Override
            public int firstLookbackSeconds() {
                return 300;
            }

            @Override
            public boolean idle() {
                return true;
            }

            @Override
            public int idleRenewMinutes() {
                return 10;
            }
        };
    }

    @BeforeEach
    void start() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("sales@shop.example", "sales", "pw"));
        mail.start();
        user = mail.getUserManager().getUser("sales");
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    private PulledChannel channel(String password, Instant created) {
        Map<String, String> values = Map.of("imapHost", "127.0.0.1", "imapPort", Integer.toString(mail.getImap().getPort()), "imapSecurity", "none",
                "username", "sales", "folder", "INBOX");
        return new PulledChannel("t1", "ch1", "connected", null, created, new ChannelSettings("ch1", values, Map.of("password", password)));
    }

    private void deliver(String messageId, String text) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new java.util.Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress("ravi@sharma.example"));
        m.setRecipients(jakarta.mail.Message.RecipientType.TO, "sales@shop.example");
        m.setSubject("order");
        m.setText(text);
        m.saveChanges();
        user.deliver(m);
    }

    @Test
    void readsNewMailOnceAndOnlyWhatCameAfterTheMark() throws Exception {
        MailboxReader reader = new MailboxReader(inbound, config());
        deliver("<old@x>", "sent long before the channel existed");
        // the channel is created an hour later than that mail: its first look skips it
        PulledChannel c = channel("pw", Instant.now().plusSeconds(3600));
        assertEquals(0, reader.read(c));
        assertTrue(inbound.marks.get("ch1").endsWith(":1"), inbound.marks.toString());

        deliver("<m1@x>", "12 bolts");
        deliver("<m1@x>", "12 bolts"); // the same mail twice
        deliver("<m2@x>", "2 hammers");
        assertEquals(2, reader.read(c));
        assertEquals(List.of("<m1@x>", "<m2@x>"), inbound.stored.stream().map(InboundMessage::providerMessageId).toList());
        assertTrue(inbound.marks.get("ch1").endsWith(":4"));
        assertEquals(0, reader.read(c));
        assertEquals(2, inbound.stored.size());
    }

    @Test
    void aChangedUidValidityStartsFromTheNewestNeverFromTheStart() throws Exception {
        MailboxReader reader = new MailboxReader(inbound, config());
        PulledChannel c = channel("pw", Instant.now());
        deliver("<a@x>", "one");
        deliver("<b@x>", "two");
        assertEquals(2, reader.read(c));
        inbound.stored.clear();
        String validity = inbound.marks.get("ch1").split(":")[0];
        inbound.marks.put("ch1", (Long.parseLong(validity) + 1) + ":1");
        assertEquals(0, reader.read(c));
        assertTrue(inbound.stored.isEmpty());
        assertEquals(validity + ":2", inbound.marks.get("ch1"));
        deliver("<c@x>", "three");
        assertEquals(1, reader.read(c));
    }

    @Test
    void withIdleNewMailIsTakenWithoutAnotherPoll() throws Exception {
        MailboxReader reader = new MailboxReader(inbound, config());
        PulledChannel c = channel("pw", Instant.now());
        assertEquals(0, reader.read(c));
        assertTrue(reader.idleOffered(), "GreenMail offers IDLE");
        IdleWatcher watcher = new IdleWatcher(c, reader);
        Thread t = new Thread(watcher, "idle-test");
        t.start();
        try {
            deliver("<idle1@x>", "3 drills");
            long deadline = System.currentTimeMillis() + 20_000;
            while (inboundSize() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(List.of("<idle1@x>"), storedIds());
            watcher.renew(); // ends one IDLE; the watcher issues it again
            deliver("<idle2@x>", "4 drills");
            deadline = System.currentTimeMillis() + 20_000;
            while (inboundSize() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(List.of("<idle1@x>", "<idle2@x>"), storedIds());
            assertTrue(watcher.alive());
        } finally {
            watcher.stop();
            t.join(10_000);
        }
        assertFalse(watcher.alive());
    }

    private int inboundSize() {
        synchronized (inbound) {
            return inbound.stored.size();
        }
    }

    private List<String> storedIds() {
        synchronized (inbound) {
            return inbound.stored.stream().map(InboundMessage::providerMessageId).toList();
        }
    }

    @Test
    void aRefusedLoginNeedsAttentionWithTheServersReasonNotThePassword() {
        MailboxReader reader = new MailboxReader(inbound, config());
        assertEquals(0, reader.read(channel("wrong-pw-123", Instant.now())));
        assertFalse(inbound.last.connected());
        assertFalse(inbound.last.reason().contains("wrong-pw-123"));
        assertTrue(inbound.last.reason().contains("refused the login"), inbound.last.reason());
        assertFalse(MailboxReaders.readable(new PulledChannel("t", "c", "needs_attention", inbound.last.reason(), Instant.now(),
                ChannelSettings.NONE)), "a refused login is not tried again by itself");
    }

    /** Fifty new mails cost a handful of IMAP commands, not several per mail: one FETCH brings the batch. */
    @Test
    void aBatchOfFiftyIsFetchedInAFewCommands() throws Exception {
        MailboxReader reader = new MailboxReader(inbound, config());
        try (CountingProxy proxy = new CountingProxy(mail.getImap().getPort())) {
            PulledChannel c = through(proxy);
            assertEquals(0, reader.read(c));
            for (int i = 0; i < 50; i++) {
                deliver("<batch" + i + "@x>", "order " + i);
            }
            settle(proxy);
            proxy.reset();
            assertEquals(50, reader.read(c));
            List<String> commands = settle(proxy);
            System.out.println("IMAP commands for a batch of 50: " + commands.size() + " " + histogram(commands));
            assertTrue(commands.size() <= MAX_COMMANDS_FOR_A_BATCH, commands.size() + " commands: " + histogram(commands));
        }
    }

    /** A big mail is not fetched whole: its text part is, its attachment stays on the server (it is kept as metadata). */
    @Test
    void aBigMailIsFetchedPartByPartNeverWhole() throws Exception {
        MailboxReader reader = new MailboxReader(inbound, config());
        try (CountingProxy proxy = new CountingProxy(mail.getImap().getPort())) {
            PulledChannel c = through(proxy);
            assertEquals(0, reader.read(c));
            MimeMessage m = new MimeMessage(Session.getInstance(new java.util.Properties()));
            m.setFrom(new InternetAddress("ravi@sharma.example"));
            m.setSubject("price list attached");
            jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
            text.setText("Please quote what is in the list", "UTF-8");
            jakarta.mail.internet.MimeBodyPart pdf = new jakarta.mail.internet.MimeBodyPart();
            pdf.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(new byte[MailboxReader.WHOLE_MAX_BYTES + 1],
                    "application/pdf")));
            pdf.setFileName("list.pdf");
            m.setContent(new jakarta.mail.internet.MimeMultipart(text, pdf));
            m.saveChanges();
            user.deliver(m);
            settle(proxy);
            proxy.reset();
            assertEquals(1, reader.read(c));
            List<String> commands = settle(proxy);
            assertEquals("Please quote what is in the list", inbound.stored.get(0).text());
            // the file is kept (the file store applies its limits), fetched as its own part
            assertEquals("list.pdf", inbound.stored.get(0).files().get(0).name());
            assertTrue(commands.stream().noneMatch(x -> x.contains("BODY.PEEK[]")), commands.toString());
        }
    }

    /** Login, capabilities, EXAMINE, one UID search, two FETCH, CLOSE, LOGOUT: 557 before the batch was fetched at once. */
    private static final int MAX_COMMANDS_FOR_A_BATCH = 12;

    /** A round over a mailbox its IDLE watcher holds looks through the watcher's connection: no second login. */
    @Test
    void aWatchedMailboxIsLookedIntoOnTheIdleConnection() throws Exception {
        try (CountingProxy proxy = new CountingProxy(mail.getImap().getPort())) {
            PulledChannel c = through(proxy);
            Recorder listing = new Recorder() {
                @Override
                public List<PulledChannel> channels(String kind) {
                    return List.of(c);
                }
            };
            EmailKind kind = new EmailKind(org.mockito.Mockito.mock(OutboundAddressPolicy.class));
            MailboxReaders readers = new MailboxReaders(listing, kind, config(3600));
            try {
                readers.round(); // reads, then starts the watcher: two logins
                long deadline = System.currentTimeMillis() + 20_000;
                while (proxy.commands().stream().filter(x -> x.contains(" IDLE")).count() == 0 && System.currentTimeMillis() < deadline) {
                    Thread.sleep(50);
                }
                proxy.reset();
                readers.round();
                deliver("<watched@x>", "5 saws");
                readers.round();
                deadline = System.currentTimeMillis() + 20_000;
                while (listing.stored.isEmpty() && System.currentTimeMillis() < deadline) {
                    Thread.sleep(50);
                }
                assertEquals(1, listing.stored.size());
                List<String> commands = settle(proxy);
                System.out.println("IMAP commands for two rounds over a watched mailbox and one new mail: " + commands.size() + " "
                        + histogram(commands));
                assertEquals(0, commands.stream().filter(x -> x.contains(" LOGIN ")).count(), commands.toString());
            } finally {
                readers.stop();
            }
        }
    }

    /** The test's channel, reading through {@code proxy}. */
    private static PulledChannel through(CountingProxy proxy) {
        Map<String, String> values = Map.of("imapHost", "127.0.0.1", "imapPort", Integer.toString(proxy.port()), "imapSecurity", "none",
                "username", "sales", "folder", "INBOX");
        return new PulledChannel("t1", "ch1", "connected", null, Instant.now(), new ChannelSettings("ch1", values, Map.of("password", "pw")));
    }

    /** The commands once the proxy has seen the client's last line (it records on its own thread). */
    private static List<String> settle(CountingProxy proxy) throws InterruptedException {
        int seen = -1;
        for (int i = 0; i < 50 && proxy.commands().size() != seen; i++) {
            seen = proxy.commands().size();
            Thread.sleep(100);
        }
        return proxy.commands();
    }

    private static Map<String, Integer> histogram(List<String> commands) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        for (String c : commands) {
            String[] w = c.split(" ");
            String name = w.length > 2 && w[1].equals("UID") ? "UID " + w[2] : w[1];
            if (name.equals("UID FETCH") || name.equals("FETCH")) {
                name += " " + (c.contains("BODY") ? "(body)" : c.contains("ENVELOPE") ? "(envelope)" : c.substring(c.indexOf('(') + 1).split("[ )]")[0]);
            }
            out.merge(name, 1, Integer::sum);
        }
        return out;
    }
}
