package org.offerbridge.platform.internal.plans;

import java.time.YearMonth;
import java.time.ZoneOffset;

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
import org.osgi.service.component.annotations.Reference;

/** Monthly usage counters per tenant, checked against the plan under a row lock. */
@Component(service = UsageMeter.class)
public class UsageMeterImpl implements UsageMeter {
    private final TenantTransactions tx;
    private final RequestContext context;
    private final PlanCatalog plans;

    @Activate
    public UsageMeterImpl(@Reference(target = PlatformUnit.TARGET) JpaTemplate jpa, @Reference RequestContext context,
            @Reference PlanCatalog plans) {
        this.tx = new TenantTransactions(jpa, context);
        this.context = context;
        this.plans = plans;
    }

    @Override
    public void consume(String metric, long amount) {
        TenantPrincipal p = context.require();
        long limit = plans.find(p.planId()).map(pl -> pl.limit(metric)).orElse(0L);
        tx.call(em -> {
            UsageCounterEntity c = counter(em, p.tenantId(), metric, true);
            if (limit >= 0 && c.used + amount > limit) {
                throw new QuotaExceededException(p.planId(), metric, limit);
            }
            c.used += amount;
            return null;
        });
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
        TenantPrincipal p = context.require();
        return tx.call(em -> {
            UsageCounterEntity c = counter(em, p.tenantId(), metric, false);
            return c == null ? 0L : c.used;
        });
    }

    private static UsageCounterEntity counter(EntityManager em, String tenantId, String metric, boolean create) {
        String period = YearMonth.now(ZoneOffset.UTC).toString();
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
