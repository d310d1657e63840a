package org.offerbridge.rfqform.internal.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.offerbridge.channels.spi.PulledInbound;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.admin.AuditTrail;
import org.offerbridge.rfqform.internal.FormEntity;
import org.offerbridge.rfqform.internal.FormStore;
import org.offerbridge.rfqform.internal.RfqFormConfig;
import org.offerbridge.rfqform.internal.SubmissionEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purges request-for-quote submissions older than their workspace's {@code retentionDays}, workspace by workspace: first
 * the webform channel's messages of those submissions with their files and the conversations they leave empty (one
 * transaction of the channels capability), then the requests they made that were not confirmed (one transaction of the
 * parser capability; a confirmed request stays, as its quote does), then the submission rows with the notification's
 * stored copy (one transaction here), and one audit entry with the counts. A failure leaves the rows for the next run,
 * which takes up again what is left. Runs soon after start and then every {@code retentionPeriodMinutes}; also reached
 * by the operator command {@code offerbridge:rfq-purge}.
 */
@Component(service = RetentionJob.class, configurationPid = RfqFormConfig.PID, immediate = true)
public class RetentionJob {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
    static final String ACTOR = "rfq-form-retention";
    /** The workspaces that have submissions at all: read by id only, the purge then runs under each. */
    private static final String TENANTS = "SELECT DISTINCT TENANT_ID FROM OB_RFQ_SUBMISSION";
    /** References handled per round, so one workspace's years of submissions never make one huge transaction. */
    static final int BATCH = 500;
    private static final long FIRST_RUN_SECONDS = 30;

    private final FormStore store;
    private final RequestContext context;
    private final PulledInbound inbound;
    private final ScheduledExecutorService scheduler;
    volatile Clock clock = Clock.systemUTC();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile RequestInbox requests;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile AuditTrail audit;

    /** What one workspace's purge removed. */
    public record Counts(int submissions, int notices, int messages, int files, int conversations, int requests) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(submissions + o.submissions, notices + o.notices, messages + o.messages, files + o.files,
                    conversations + o.conversations, requests + o.requests);
        }

        String detail() {
            return "submissions=" + submissions + " notifications=" + notices + " messages=" + messages + " files=" + files
                    + " conversations=" + conversations + " requests=" + requests;
        }
    }

    @Activate
    public RetentionJob(@Reference FormStore store, @Reference RequestContext context, @Reference PulledInbound inbound, RfqFormConfig config) {
        this.store = store;
        this.context = context;
        this.inbound = inbound;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "offerbridge-rfq-form-retention");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1, config.retentionPeriodMinutes()) * 60;
        scheduler.scheduleWithFixedDelay(this::runSafely, Math.min(period, FIRST_RUN_SECONDS), period, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }

    /** One run over every workspace with submissions, as of {@code now}; answers what went, by workspace (only those that lost something). */
    public synchronized Map<String, Counts> runNow(Instant now) {
        Map<String, Counts> out = new LinkedHashMap<>();
        for (String tenantId : store.tx().tenantsMatching(TENANTS)) {
            try {
                Counts c = purge(tenantId, now);
                if (c.submissions() > 0) {
                    out.put(tenantId, c);
                }
            } catch (RuntimeException e) {
                LOG.warn("The request-for-quote retention purge of workspace {} failed; the next run tries again: {}", tenantId,
                        e.getClass().getSimpleName());
            }
        }
        return out;
    }

    /** As {@link #runNow(Instant)}, as of the job's clock. */
    public Map<String, Counts> runNow() {
        return runNow(clock.instant());
    }

    /** One workspace's purge as of {@code now}: everything of submissions received before now − retentionDays. */
    public Counts purge(String tenantId, Instant now) {
        int days = store.tx().callAs(tenantId, em -> {
            FormEntity f = em.find(FormEntity.class, tenantId);
            return f == null ? FormStore.defaultRetentionDays() : f.retentionDays;
        });
        long before = now.minus(Duration.ofDays(Math.max(1, days))).toEpochMilli();
        Counts total = Counts.NONE;
        while (true) {
            List<Object[]> due = store.tx().callAs(tenantId, em -> em.createQuery("select s.reference, s.channelId from SubmissionEntity s"
                    + " where s.createdAt < :b order by s.createdAt", Object[].class).setParameter("b", before).setMaxResults(BATCH).getResultList());
            if (due.isEmpty()) {
                break;
            }
            total = total.plus(purgeBatch(tenantId, due));
            if (due.size() < BATCH) {
                break;
            }
        }
        if (total.submissions() > 0) {
            Counts done = total;
            as(tenantId, () -> {
                AuditTrail a = audit;
                if (a != null) {
                    a.record("rfq.purged", "rfq-form", "retentionDays=" + days + " " + done.detail());
                }
                return null;
            });
            LOG.info("Purged request-for-quote submissions older than {} days of workspace {}: {}", days, tenantId, done.detail());
        }
        return total;
    }

    private Counts purgeBatch(String tenantId, List<Object[]> due) {
        Map<String, List<String>> byChannel = new LinkedHashMap<>();
        List<String> references = new ArrayList<>();
        for (Object[] row : due) {
            references.add((String) row[0]);
            if (row[1] != null) {
                byChannel.computeIfAbsent((String) row[1], k -> new ArrayList<>()).add((String) row[0]);
            }
        }
        int messages = 0;
        int files = 0;
        int conversations = 0;
        List<String> requestIds = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byChannel.entrySet()) {
            PulledInbound.Purged p = inbound.purge(tenantId, e.getKey(), e.getValue());
            messages += p.messages();
            files += p.files();
            conversations += p.conversations();
            requestIds.addAll(p.requestIds());
        }
        RequestInbox inbox = requests;
        int purgedRequests = inbox == null || requestIds.isEmpty() ? 0 : as(tenantId, () -> inbox.purge(requestIds));
        int[] rows = store.tx().callAs(tenantId, em -> {
            int n = 0;
            int notices = 0;
            for (String ref : references) {
                SubmissionEntity s = em.find(SubmissionEntity.class, ref);
                if (s != null) {
                    notices += s.notice != null ? 1 : 0;
                    em.remove(s);
                    n++;
                }
            }
            return new int[] {n, notices};
        });
        return new Counts(rows[0], rows[1], messages, files, conversations, purgedRequests);
    }

    private void runSafely() {
        try {
            runNow();
        } catch (RuntimeException e) {
            LOG.warn("The request-for-quote retention run failed: {}", e.getClass().getSimpleName());
        }
    }

    /**
     * Work bound to the workspace as the retention job. The plan is not asked (the purge and the audit entry do not depend
     * on it, and a suspended workspace's old submissions go too), so the principal names the smallest one, as the channels'
     * file work does.
     */
    private <T> T as(String tenantId, java.util.function.Supplier<T> work) {
        return context.runAs(new TenantPrincipal(tenantId, null, ACTOR, Role.ADMIN, "free"), work);
    }
}
