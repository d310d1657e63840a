package org.offerbridge.platform.internal.plans;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.platform.api.Plan;
import org.offerbridge.platform.api.PlanCatalog;
import org.offerbridge.platform.api.QuotaExceededException;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.UsageMeter;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.platform.internal.persistence.PlatformUnit;
import org.offerbridge.platform.internal.persistence.UsageCounterEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Monthly usage counters per tenant, checked against the plan in memory and written to the database every
 * second (and on shutdown) under a row lock, so metering stays off the request's database path.
 */
@Component(service = UsageMeter.class)
public class UsageMeterImpl implements UsageMeter {
    private static final Logger LOG = LoggerFactory.getLogger(UsageMeterImpl.class);
    static final long FLUSH_MILLIS = 1000;
    /** A counter with nothing pending is read again after this long, to see other nodes' usage. */
    static final long STALE_MILLIS = 10_000;

    private final TenantTransactions tx;
    private final RequestContext context;
    private final PlanCatalog plans;
    private final UsageBuffer buffer;
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "offerbridge-usage-flush");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public UsageMeterImpl(@Reference(target = PlatformUnit.TARGET) JpaTemplate jpa, @Reference RequestContext context,
            @Reference PlanCatalog plans) {
        this.tx = new TenantTransactions(jpa, context);
        this.context = context;
        this.plans = plans;
        this.buffer = new UsageBuffer(new DatabaseTotals(), System::currentTimeMillis, STALE_MILLIS);
        flusher.scheduleWithFixedDelay(this::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void stop() {
        flusher.shutdownNow();
        flush(); // what was counted is not lost on a restart
    }

    private void flush() {
        try {
            int failed = buffer.flush(period());
            if (failed > 0) {
                LOG.warn("{} usage counter(s) could not be written; retrying in {} ms", failed, FLUSH_MILLIS);
            }
        } catch (RuntimeException e) {
            LOG.warn("Writing usage counters failed; retrying", e);
        }
    }

    @Override
    public void consume(String metric, long amount) {
        TenantPrincipal p = context.require();
        long limit = plans.find(p.planId()).map(pl -> pl.limit(metric)).orElse(0L);
        try {
            buffer.consume(p.tenantId(), metric, period(), amount, limit);
        } catch (UsageBuffer.OverQuota e) {
            throw new QuotaExceededException(p.planId(), metric, limit);
        }
    }

    @Override
    public void refund(String metric, long amount) {
        TenantPrincipal p = context.require();
        // a negative count never runs into the quota
        buffer.consume(p.tenantId(), metric, period(), -Math.abs(amount), -1);
    }

    @Override
    public void checkLevel(String metric, long newLevel) {
        TenantPrincipal p = context.require();
        Plan plan = plans.find(p.planId()).orElse(null);
        long limit = plan == null ? 0 : plan.limit(metric);
        if (limit >= 0 && newLevel > limit) {
            throw new QuotaExceededException(p.planId(), metric, limit);
        }
    }

    @Override
    public long usedThisMonth(String metric) {
        return buffer.used(context.require().tenantId(), metric, period());
    }

    private static String period() {
        return YearMonth.now(ZoneOffset.UTC).toString();
    }

    /** The stored totals; runs as the counter's tenant, also from the flusher thread where no caller is bound. */
    private final class DatabaseTotals implements UsageBuffer.Store {
        @Override
        public long load(String tenantId, String metric, String period) {
            return tx.callAs(tenantId, em -> {
                UsageCounterEntity c = counter(em, tenantId, metric, period, false);
                return c == null ? 0L : c.used;
            });
        }

        @Override
        public long add(String tenantId, String metric, String period, long amount) {
            return tx.callAs(tenantId, em -> {
                UsageCounterEntity c = counter(em, tenantId, metric, period, true);
                c.used += amount;
                return c.used;
            });
        }
    }

    private static UsageCounterEntity counter(EntityManager em, String tenantId, String metric, String period, boolean create) {
        String id = tenantId + ":" + metric + ":" + period;
        UsageCounterEntity c = em.find(UsageCounterEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null && create) {
            c = new UsageCounterEntity();
            c.id = id;
            c.metric = metric;
            c.period = period;
            em.persist(c);
        }
        return c;
    }
}
