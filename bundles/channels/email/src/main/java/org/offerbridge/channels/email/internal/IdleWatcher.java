package org.offerbridge.channels.email.internal;

import org.offerbridge.channels.spi.PulledInbound.PulledChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.eclipse.angus.mail.imap.IMAPFolder;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;

/**
 * Keeps one channel's folder open in IMAP IDLE (RFC 2177) and takes new mail as soon as the server announces it. It
 * ends on any failure, on {@link #stop}, or when the channel's settings change; the next polling round then reads the
 * mailbox (recording a failure on the channel) and starts a watcher again. {@link #renew} ends the current IDLE so it
 * is issued again well within the 29 minutes servers allow.
 */
final class IdleWatcher implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(IdleWatcher.class);
    private static final int SETTLE_TRIES = 4;
    private static final long SETTLE_MILLIS = 100;

    private final PulledChannel channel;
    private final MailboxReader reader;
    private volatile IMAPFolder folder;
    private volatile Store store;
    private volatile boolean stopped;
    private volatile boolean alive = true;

    IdleWatcher(PulledChannel channel, MailboxReader reader) {
        this.channel = channel;
        this.reader = reader;
    }

    PulledChannel channel() {
        return channel;
    }

    boolean alive() {
        return alive;
    }

    @Override
    public void run() {
        EmailSettings s = EmailSettings.of(channel.settings());
        try {
            MailSessions.withMailLoader(() -> {
                try (Store st = MailSessions.openStore(s)) {
                    store = st;
                    IMAPFolder f = (IMAPFolder) st.getFolder(s.folder());
                    f.open(Folder.READ_ONLY);
                    folder = f;
                    reader.takeNew(channel, s, f);
                    while (!stopped && !Thread.currentThread().isInterrupted()) {
                        int before = f.getMessageCount();
                        f.idle(true);
                        // a server may announce a message (EXISTS) a moment before it answers for it by UID
                        for (int i = 0; i < SETTLE_TRIES && reader.takeNew(channel, s, f) == 0 && f.getMessageCount() > before; i++) {
                            Thread.sleep(SETTLE_MILLIS << i);
                        }
                    }
                }
                return null;
            });
        } catch (Exception e) {
            if (!stopped) {
                LOG.info("IDLE on email channel {} ended ({}); polling takes over until it is started again", channel.channelId(),
                        e.getClass().getSimpleName());
            }
        } finally {
            alive = false;
        }
    }

    /**
     * Ends the current IDLE: any other command on the folder does (IMAPFolder#idle); the loop then takes what is new
     * and issues IDLE again. Also how a polling round looks into a watched mailbox without logging in a second time.
     */
    void renew() {
        IMAPFolder f = folder;
        if (f != null && f.isOpen()) {
            try {
                f.doCommand(p -> {
                    p.simpleCommand("NOOP", null);
                    return null;
                });
            } catch (MessagingException | RuntimeException e) {
                // the watcher's own IDLE fails too and ends it
            }
        }
    }

    void stop() {
        stopped = true;
        renew();
        Store st = store;
        if (st != null) {
            try {
                st.close();
            } catch (MessagingException e) {
                // closing a connection that is going anyway
            }
        }
    }
}
