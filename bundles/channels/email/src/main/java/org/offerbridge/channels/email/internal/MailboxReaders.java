package org.offerbridge.channels.email.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.offerbridge.channels.api.Channel;
import org.offerbridge.channels.spi.PulledInbound;
import org.offerbridge.channels.spi.PulledInbound.PulledChannel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every email channel's mailbox: every {@code pollSeconds} a round visits the channels one after another on one
 * scheduled thread, reading the list afresh so channels connected, changed or deleted in any workspace are picked up
 * or dropped on the next round. Where the server offers IDLE, an {@link IdleWatcher} (one per channel) also keeps the
 * folder open and takes new mail at once; the rounds go on looking underneath, so nothing is missed when a server's
 * notification is late — for a watched channel through the watcher's own connection (its IDLE is ended, the new mail
 * taken, IDLE issued again: no second login), for the others with a look of their own. A watcher that failed is started
 * again on the next round; one whose channel is gone, changed or no longer readable is stopped. Channels that need
 * attention for another reason than reading or replies missing (a refused login, a refused SMTP send) are left alone
 * until staff test them.
 */
@Component(service = MailboxReaders.class, immediate = true, configurationPid = EmailConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = EmailConfig.class)
public class MailboxReaders {
    private static final Logger LOG = LoggerFactory.getLogger(MailboxReaders.class);

    private final PulledInbound inbound;
    private final EmailKind kind;
    private final EmailConfig config;
    private final MailboxReader reader;
    private final ScheduledExecutorService rounds;
    private final ExecutorService idlers;
    private final Map<String, IdleWatcher> watchers = new ConcurrentHashMap<>();

    @Activate
    public MailboxReaders(@Reference PulledInbound inbound, @Reference EmailKind kind, EmailConfig config) {
        this.inbound = inbound;
        this.kind = kind;
        this.config = config;
        this.reader = new MailboxReader(inbound, config, kind::statusAfterRead);
        this.rounds = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "offerbridge-email-reader"));
        this.idlers = Executors.newCachedThreadPool(r -> daemon(r, "offerbridge-email-idle"));
        long every = Math.max(1, Math.min(3600, config.pollSeconds()));
        rounds.scheduleWithFixedDelay(this::round, 1, every, TimeUnit.SECONDS);
        long renew = Math.max(1, Math.min(28, config.idleRenewMinutes()));
        rounds.scheduleWithFixedDelay(() -> watchers.values().forEach(IdleWatcher::renew), renew, renew, TimeUnit.MINUTES);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Deactivate
    void stop() {
        rounds.shutdownNow();
        watchers.values().forEach(IdleWatcher::stop);
        idlers.shutdownNow();
    }

    void round() {
        try {
            Set<String> seen = new HashSet<>();
            for (PulledChannel c : inbound.channels(EmailKind.ID)) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                if (!readable(c)) {
                    continue;
                }
                seen.add(c.channelId());
                IdleWatcher w = watchers.get(c.channelId());
                boolean watched = w != null && w.alive() && w.channel().settings().equals(c.settings());
                if (w != null && !watched) {
                    w.stop();
                    watchers.remove(c.channelId(), w);
                }
                if (watched) {
                    // IDLE brings mail at once; this look makes sure none is missed, on the watcher's connection
                    w.renew();
                    kind.statusAfterRead(c).ifPresent(s -> inbound.status(c.tenantId(), c.channelId(), s));
                    continue;
                }
                reader.read(c);
                if (config.idle() && reader.idleOffered()) {
                    IdleWatcher started = new IdleWatcher(c, reader);
                    watchers.put(c.channelId(), started);
                    idlers.execute(started);
                }
            }
            for (Map.Entry<String, IdleWatcher> e : watchers.entrySet()) {
                if (!seen.contains(e.getKey())) {
                    e.getValue().stop();
                    watchers.remove(e.getKey(), e.getValue());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("A round of reading the email channels failed; the next round tries again", e);
        }
    }

    static boolean readable(PulledChannel c) {
        return Channel.CONNECTED.equals(c.status()) || (Channel.NEEDS_ATTENTION.equals(c.status()) && c.statusReason() != null
                && (c.statusReason().startsWith(MailboxReader.READ_FAILED) || EmailKind.readsDespite(c.statusReason())));
    }
}
