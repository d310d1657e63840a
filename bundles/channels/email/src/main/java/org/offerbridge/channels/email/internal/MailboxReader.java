package org.offerbridge.channels.email.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.offerbridge.channels.api.Channel;
import org.offerbridge.channels.spi.Connection;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.PulledInbound;
import org.offerbridge.channels.spi.PulledInbound.PulledChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * One look into one channel's mailbox: the messages after the folder's read mark, each stored through the channels
 * capability's one inbound path (stored once by Message-ID), the mark saved after each. A new channel takes what
 * arrived since shortly before it was created; a changed UIDVALIDITY starts again from the newest message. The
 * messages of a look are fetched in two FETCH commands ({@link #OUTLINE}, then {@link #WHOLE} for all but big ones)
 * instead of a few commands per message.
 */
final class MailboxReader {
    /** The reason's start marks a problem of reading, which the next successful look clears. */
    static final String READ_FAILED = "Reading the mailbox failed: ";
    private static final Logger LOG = LoggerFactory.getLogger(MailboxReader.class);
    private static final int MAX_RAW = 16_000;

    /** What one FETCH brings for every message of a batch: UID, dates, size, flags, structure and every header. */
    static final FetchProfile OUTLINE = new FetchProfile();
    /** The whole message, in a second FETCH for those of the batch up to {@link #WHOLE_MAX_BYTES}. */
    static final FetchProfile WHOLE = new FetchProfile();
    /**
     * Mail up to this size is fetched whole with the batch; a larger one (attachments) fetches only its text parts when
     * read, so a batch never holds several big attachments that are kept as metadata anyway.
     */
    static final int WHOLE_MAX_BYTES = 512 * 1024;

    static {
        OUTLINE.add(UIDFolder.FetchProfileItem.UID);
        OUTLINE.add(FetchProfile.Item.ENVELOPE);
        OUTLINE.add(FetchProfile.Item.FLAGS);
        OUTLINE.add(FetchProfile.Item.CONTENT_INFO);
        OUTLINE.add(IMAPFolder.FetchProfileItem.HEADERS);
        WHOLE.add(IMAPFolder.FetchProfileItem.MESSAGE);
    }

    private final PulledInbound inbound;
    private final EmailConfig config;
    private final Function<PulledChannel, Optional<Connection>> statusAfterRead;
    private volatile boolean idleOffered;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /** {@code statusAfterRead} says what a channel's status becomes after a look that worked (empty: it stays). */
    MailboxReader(PulledInbound inbound, EmailConfig config, Function<PulledChannel, Optional<Connection>> statusAfterRead) {
        this.inbound = inbound;
        this.config = config;
        this.statusAfterRead = statusAfterRead;
    }

    /** A reader that sets a channel connected after a look that worked. */
    MailboxReader(PulledInbound inbound, EmailConfig config) {
        this(inbound, config, c -> Channel.CONNECTED.equals(c.status()) ? Optional.empty() : Optional.of(Connection.ok()));
    }

    /** Reads the channel once; returns how many new messages were stored. Never throws. */
    int read(PulledChannel channel) {
        EmailSettings s = EmailSettings.of(channel.settings());
        try {
            int added = MailSessions.withMailLoader(() -> readIn(channel, s));
            statusAfterRead.apply(channel).ifPresent(c -> inbound.status(channel.tenantId(), channel.channelId(), c));
            return added;
        } catch (RuntimeException e) {
            // not the mailbox's fault (e.g. the database going away on shutdown): the channel's status stays
            LOG.warn("Email channel {} of workspace {}: storing what was read failed; the next look tries again", channel.channelId(),
                    channel.tenantId(), e);
            return 0;
        } catch (Exception e) {
            // a refused login is not retried by itself (servers lock accounts that keep failing): staff fix and test it
            String reason = (e instanceof AuthenticationFailedException ? "" : READ_FAILED)
                    + MailSessions.reason("IMAP", s.imapHost(), s.imapPort(), e, s.password());
            LOG.warn("Email channel {} of workspace {}: {}", channel.channelId(), channel.tenantId(), reason);
            inbound.status(channel.tenantId(), channel.channelId(), Connection.needsAttention(reason));
            return 0;
        }
    }

    private int readIn(PulledChannel channel, EmailSettings s) throws Exception {
        try (Store store = MailSessions.openStore(s)) {
            idleOffered = store instanceof IMAPStore imap && imap.hasCapability("IDLE");
            Folder folder = store.getFolder(s.folder());
            folder.open(Folder.READ_ONLY);
            try {
                synchronized (lock(channel)) {
                    return take(channel, s, folder, (UIDFolder) folder);
                }
            } finally {
                folder.close(false);
            }
        }
    }

    /** Whether the server of the last {@link #read} offered IDLE. */
    boolean idleOffered() {
        return idleOffered;
    }

    /** Takes what is new in a folder already open (an IDLE watcher's); the caller handles failures. */
    int takeNew(PulledChannel channel, EmailSettings s, Folder folder) throws Exception {
        synchronized (lock(channel)) {
            return take(channel, s, folder, (UIDFolder) folder);
        }
    }

    /** One reader of a channel's mark at a time: the polling round and the channel's IDLE watcher may overlap. */
    private Object lock(PulledChannel channel) {
        return locks.computeIfAbsent(channel.channelId(), k -> new Object());
    }

    private int take(PulledChannel channel, EmailSettings s, Folder folder, UIDFolder uids) throws Exception {
        long validity = uids.getUIDValidity();
        ReadMark mark = ReadMark.parse(inbound.mark(channel.tenantId(), channel.channelId()).orElse(null));
        int count = folder.getMessageCount();
        List<Message> candidates = new ArrayList<>();
        if (mark == null || mark.uidValidity() != validity) {
            if (mark != null) {
                // the server renumbered the folder: old UIDs mean nothing now, and re-reading it all would flood the inbox
                LOG.info("Email channel {}: the folder's UIDVALIDITY changed; reading from its newest message on", channel.channelId());
                saveMark(channel, new ReadMark(validity, count == 0 ? 0 : uids.getUID(folder.getMessage(count))));
                return 0;
            }
            Instant since = channel.createdAt().minusSeconds(config.firstLookbackSeconds());
            int from = Math.max(1, count - config.maxPerPoll() + 1);
            Message[] recent = count == 0 ? new Message[0] : folder.getMessages(from, count);
            // dates and UIDs of the last few in one FETCH; the bodies of those taken come below
            FetchProfile dates = new FetchProfile();
            dates.add(UIDFolder.FetchProfileItem.UID);
            dates.add(FetchProfile.Item.ENVELOPE);
            folder.fetch(recent, dates);
            for (Message m : recent) {
                Instant received = m.getReceivedDate() == null ? null : m.getReceivedDate().toInstant();
                if (received == null || !received.isBefore(since)) {
                    candidates.add(m);
                }
            }
            mark = new ReadMark(validity, 0);
        } else {
            for (Message m : uids.getMessagesByUID(mark.lastUid() + 1, UIDFolder.MAXUID)) {
                // a range past the last UID still answers the last message (RFC 3501): skip what was taken
                if (m != null && uids.getUID(m) > mark.lastUid()) {
                    candidates.add(m);
                }
            }
            if (candidates.size() > config.maxPerPoll()) {
                candidates = candidates.subList(0, config.maxPerPoll());
            }
        }
        String own = s.fromAddress() != null ? s.fromAddress() : s.username();
        ReplyTokens tokens = ReplyTokens.of(s).orElse(null);
        fetch(folder, candidates);
        int added = 0;
        long last = mark.lastUid();
        for (Message m : candidates) {
            long uid = uids.getUID(m);
            MimeMessage mime = (MimeMessage) m;
            InboundMail.Mail read = InboundMail.read(mime, "<uid." + validity + "." + uid + "@" + s.mailbox() + ">", own, tokens);
            added += inbound.deliver(channel.tenantId(), channel.channelId(), new InboundBatch(List.of(read.message()), List.of()),
                    raw(mime, read.fullText()));
            last = Math.max(last, uid);
            saveMark(channel, new ReadMark(validity, last));
        }
        if (candidates.isEmpty() && mark.lastUid() == 0) {
            saveMark(channel, new ReadMark(validity, count == 0 ? 0 : uids.getUID(folder.getMessage(count))));
        }
        return added;
    }

    /** Two FETCH commands for the whole batch instead of several per message. */
    private static void fetch(Folder folder, List<Message> batch) throws Exception {
        folder.fetch(batch.toArray(new Message[0]), OUTLINE);
        List<Message> small = new ArrayList<>();
        for (Message m : batch) {
            int size = m.getSize();
            if (size >= 0 && size <= WHOLE_MAX_BYTES) {
                small.add(m);
            }
        }
        folder.fetch(small.toArray(new Message[0]), WHOLE);
    }

    private void saveMark(PulledChannel channel, ReadMark mark) {
        inbound.saveMark(channel.tenantId(), channel.channelId(), mark.format());
    }

    /**
     * The raw payload: the mail's header block (enough to investigate threading) and its whole text, quoted part
     * included (the message's text is only the new part); never the attachments.
     */
    static String raw(MimeMessage m, String fullText) throws Exception {
        StringBuilder b = new StringBuilder();
        Enumeration<String> lines = m.getAllHeaderLines();
        while (lines.hasMoreElements() && b.length() < MAX_RAW) {
            b.append(lines.nextElement()).append("\r\n");
        }
        String headers = b.length() > MAX_RAW ? b.substring(0, MAX_RAW) : b.toString();
        return headers + "\r\n" + fullText;
    }
}
