package org.offerbridge.webhooks.internal;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.offerbridge.platform.api.secrets.SecretCipher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due deliveries in the background: one poller looks for due rows across tenants every
 * {@code pollIntervalMillis}, a small pool sends them, each as its row's tenant. All state is in the
 * database, so a restart (or another node) carries on where this one stopped.
 */
@Component(service = Dispatcher.class, immediate = true, configurationPid = WebhooksConfig.PID)
@Designate(ocd = WebhooksConfig.class)
public class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final DueScan scan;
    private final DeliveryStates states;
    private final WebhookSender sender;
    private final SecretCipher cipher;
    private final FailureNotices notices;
    private final RetrySchedule schedule;
    private final int concurrency;
    private final int disableAfter;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller;
    private final ExecutorService senders;

    @Activate
    public Dispatcher(WebhooksConfig config, @Reference DueScan scan, @Reference DeliveryStates states, @Reference WebhookSender sender,
            @Reference SecretCipher cipher, @Reference FailureNotices notices) {
        this.scan = scan;
        this.states = states;
        this.sender = sender;
        this.cipher = cipher;
        this.notices = notices;
        SecureRandom random = new SecureRandom();
        this.schedule = new RetrySchedule(Math.max(1, config.backoffUnitMillis()), random::nextDouble);
        this.concurrency = Math.min(16, Math.max(1, config.concurrency()));
        this.disableAfter = Math.max(1, config.disableAfterFailedMessages());
        long interval = Math.min(60_000, Math.max(100, config.pollIntervalMillis()));
        this.poller = Executors.newSingleThreadScheduledExecutor(named("offerbridge-webhooks-poll"));
        this.senders = Executors.newFixedThreadPool(concurrency, named("offerbridge-webhooks-send"));
        poller.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    RetrySchedule schedule() {
        return schedule;
    }

    int disableAfter() {
        return disableAfter;
    }

    /** Looks for due deliveries now rather than at the next tick (e.g. right after a test message was queued). */
    public void wake() {
        try {
            poller.execute(this::poll);
        } catch (RejectedExecutionException e) {
            // shutting down
        }
    }

    private void poll() {
        try {
            int room = concurrency * 2 - inFlight.size();
            if (room <= 0) {
                return;
            }
            for (DueScan.Due due : scan.due(System.currentTimeMillis(), room)) {
                if (inFlight.add(due.deliveryId())) {
                    senders.execute(() -> {
                        try {
                            deliver(due);
                        } finally {
                            inFlight.remove(due.deliveryId());
                        }
                    });
                }
            }
        } catch (RejectedExecutionException e) {
            // shutting down
        } catch (RuntimeException e) {
            // the database may be restarting with the container; the next tick tries again
            LOG.warn("Looking for due webhook deliveries failed: {}", e.toString());
        }
    }

    private void deliver(DueScan.Due due) {
        try {
            long started = System.currentTimeMillis();
            Optional<Claim> claim = states.claim(due.tenantId(), due.deliveryId(), started);
            if (claim.isEmpty()) {
                return;
            }
            SendResult result = send(claim.get());
            List<Notice> told = states.record(due.tenantId(), due.deliveryId(), "schedule", result, started, schedule, disableAfter);
            notices.report(due.tenantId(), told);
        } catch (RuntimeException e) {
            // the claim runs out and the attempt is made again
            LOG.warn("Webhook delivery {} of tenant {} could not be processed: {}", due.deliveryId(), due.tenantId(), e.toString());
        }
    }

    /** Signs and sends one attempt; a secret that no longer decrypts is a failed attempt, not a crash loop. */
    SendResult send(Claim c) {
        if (c.url() == null || c.secretSealed() == null) {
            return SendResult.failed("not sent: the endpoint is switched off", 0);
        }
        byte[] key;
        try {
            key = SigningSecret.keyBytes(cipher.decrypt(c.secretSealed()));
        } catch (RuntimeException e) {
            return SendResult.failed("not sent: the signing secret cannot be decrypted with this node's key; rotate the secret", 0);
        }
        return sender.send(c.url(), c.messageId(), key, c.body());
    }

    @Deactivate
    void deactivate() {
        poller.shutdownNow();
        senders.shutdown();
        try {
            if (!senders.awaitTermination(WebhookSender.TIMEOUT_SECONDS + 2, TimeUnit.SECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
