package org.offerbridge.quotation.internal;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.quotation.api.Origin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expires sent and viewed quotes past their last valid day, tenant by tenant, each tenant in its own transaction (a
 * failure in one leaves the others expired). Also reached by {@link #runNow()} for operators and tests.
 */
@Component(service = ExpiryJob.class, configurationPid = ExpiryConfig.PID, immediate = true)
@Designate(ocd = ExpiryConfig.class)
public class ExpiryJob {
    private static final Logger LOG = LoggerFactory.getLogger(ExpiryJob.class);
    /** Visits only the tenants that have quotes past their last valid day. */
    private static final String OVERDUE_TENANTS = "SELECT DISTINCT TENANT_ID FROM OB_QUOTE WHERE STATUS IN ('sent', 'viewed')"
            + " AND VALIDUNTIL < ?1";
    private final TenantTransactions tx;
    private final QuoteServiceImpl quotes;
    private final ScheduledExecutorService scheduler;
    private static final long FIRST_RUN_SECONDS = 5;

    @Activate
    public ExpiryJob(@Reference(target = QuoteServiceImpl.UNIT) JpaTemplate jpa, @Reference RequestContext context,
            @Reference QuoteServiceImpl quotes, ExpiryConfig config) {
        this.tx = new TenantTransactions(jpa, context);
        this.quotes = quotes;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "offerbridge-quote-expiry");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1, config.expiryPeriodSeconds());
        // The first run comes soon after start: it also makes the unit create its tables in a transaction that
        // commits (Derby DDL is transactional, and a first transaction that failed would take the tables with it).
        scheduler.scheduleWithFixedDelay(this::runSafely, Math.min(period, FIRST_RUN_SECONDS), period, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }

    /** One run over all tenants with overdue quotes; returns how many quotes expired. */
    public int runNow() {
        int expired = 0;
        for (String tenantId : tenantsWithOverdueQuotes()) {
            try {
                expired += quotes.expireDue(tenantId, Origin.SYSTEM);
            } catch (RuntimeException e) {
                LOG.warn("Expiring quotes of tenant {} failed; next run tries again", tenantId, e);
            }
        }
        if (expired > 0) {
            LOG.info("Expired {} quote(s)", expired);
        }
        return expired;
    }

    private void runSafely() {
        try {
            runNow();
        } catch (RuntimeException e) {
            LOG.warn("The quote expiry run failed", e);
        }
    }

    private List<String> tenantsWithOverdueQuotes() {
        // which tenants to visit, by id only; the expiry itself runs under each tenant
        return tx.tenantsMatching(OVERDUE_TENANTS, Transitions.today().toEpochDay());
    }
}
