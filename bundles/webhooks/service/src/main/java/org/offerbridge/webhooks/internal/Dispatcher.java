package org.offerbridge.webhooks.internal;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import org.offerbridge.platform.api.secrets.StandardWebhooks;
import org.offerbridge.platform.api.jobs.DuePoller;
import org.offerbridge.platform.api.persistence.TenantRow;
import org.offerbridge.platform.api.secrets.SecretCipher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
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

    private final DeliveryStates states;
    private final WebhookSender sender;
    private final SecretCipher cipher;
    private final FailureNotices notices;
    private final SecureRandom random = new SecureRandom();
    private volatile RetrySchedule schedule;
    private volatile int disableAfter;
    private final DuePoller<TenantRow> poller;

    @Activate
    public Dispatcher(WebhooksConfig config, @Reference DeliveryStates states, @Reference WebhookSender sender,
            @Reference SecretCipher cipher, @Reference FailureNotices notices) {
        this.states = states;
        this.sender = sender;
        this.cipher = cipher;
        this.notices = notices;
        // the pool's size is read once: a changed concurrency applies after a restart
        int concurrency = Math.min(16, Math.max(1, config.concurrency()));
        this.poller = new DuePoller<>("offerbridge-webhooks", concurrency, limit -> states.due(System.currentTimeMillis(), limit),
                TenantRow::rowId, this::deliver, e -> LOG.warn("Looking for due webhook deliveries failed: {}", e.toString()));
        modified(config);
    }

    /** Applies a changed configuration in place, so the resources holding this component are not re-created. */
    @Modified
    void modified(WebhooksConfig config) {
        this.schedule = new RetrySchedule(Math.max(1, config.backoffUnitMillis()), random::nextDouble);
        this.disableAfter = Math.max(1, config.disableAfterFailedMessages());
        poller.every(Math.min(60_000, Math.max(100, config.pollIntervalMillis())));
    }

    RetrySchedule schedule() {
        return schedule;
    }

    int disableAfter() {
        return disableAfter;
    }

    /** Looks for due deliveries now rather than at the next tick (e.g. right after a test message was queued). */
    public void wake() {
        poller.wake();
    }

    private void deliver(TenantRow due) {
        try {
            long started = System.currentTimeMillis();
            Optional<Claim> claim = states.claim(due.tenantId(), due.rowId(), started);
            if (claim.isEmpty()) {
                return;
            }
            SendResult result = send(claim.get());
            List<Notice> told = states.record(due.tenantId(), due.rowId(), "schedule", result, started, schedule, disableAfter);
            notices.report(due.tenantId(), told);
        } catch (RuntimeException e) {
            // the claim runs out and the attempt is made again
            LOG.warn("Webhook delivery {} of tenant {} could not be processed: {}", due.rowId(), due.tenantId(), e.toString());
        }
    }

    /** Signs and sends one attempt; a secret that no longer decrypts is a failed attempt, not a crash loop. */
    SendResult send(Claim c) {
        if (c.url() == null || c.secretSealed() == null) {
            return SendResult.failed("not sent: the endpoint is switched off", 0);
        }
        byte[] key;
        try {
            key = StandardWebhooks.keyBytes(cipher.decrypt(c.secretSealed()));
        } catch (RuntimeException e) {
            return SendResult.failed("not sent: the signing secret cannot be decrypted with this node's key; rotate the secret", 0);
        }
        return sender.send(c.url(), c.messageId(), key, c.body());
    }

    @Deactivate
    void deactivate() {
        poller.stop((WebhookSender.TIMEOUT_SECONDS + 2) * 1000L);
    }
}
