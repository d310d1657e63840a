package org.offerbridge.channels.email.internal;

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
 * Reads every email channel's mailbox every {@code pollSeconds}, one channel after another on one scheduled thread:
 * the list of channels is read afresh on each round, so channels connected, changed or deleted in any workspace are
 * picked up or dropped on the next round. Channels that need attention for another reason than reading (e.g. a
 * refused SMTP login) are left alone until staff test them again.
 */
@Component(service = MailboxReaders.class, immediate = true, configurationPid = EmailConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = EmailConfig.class)
public class MailboxReaders {
    private static final Logger LOG = LoggerFactory.getLogger(MailboxReaders.class);

    private final PulledInbound inbound;
    private final MailboxReader reader;
    private final ScheduledExecutorService rounds;

    @Activate
    public MailboxReaders(@Reference PulledInbound inbound, EmailConfig config) {
        this.inbound = inbound;
        this.reader = new MailboxReader(inbound, config);
        this.rounds = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "offerbridge-email-reader");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, Math.min(3600, config.pollSeconds()));
        rounds.scheduleWithFixedDelay(this::round, 1, every, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        rounds.shutdownNow();
    }

    void round() {
        try {
            for (PulledChannel c : inbound.channels(EmailKind.ID)) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                if (readable(c)) {
                    reader.read(c);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("A round of reading the email channels failed; the next round tries again", e);
        }
    }

    static boolean readable(PulledChannel c) {
        return Channel.CONNECTED.equals(c.status()) || (Channel.NEEDS_ATTENTION.equals(c.status()) && c.statusReason() != null
                && c.statusReason().startsWith(MailboxReader.READ_FAILED));
    }
}
