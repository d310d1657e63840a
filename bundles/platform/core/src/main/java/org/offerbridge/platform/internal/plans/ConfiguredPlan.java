package org.offerbridge.platform.internal.plans;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.offerbridge.platform.api.Plan;
import org.offerbridge.platform.api.Quota;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/** A plan defined by one factory configuration; registered as a service for {@link PlanCatalogImpl}. */
@Component(service = ConfiguredPlan.class, configurationPid = PlanConfig.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PlanConfig.class, factory = true)
public class ConfiguredPlan {
    private final Plan plan;

    @Activate
    public ConfiguredPlan(PlanConfig config) {
        this.plan = toPlan(config);
    }

    public Plan plan() {
        return plan;
    }

    static Plan toPlan(PlanConfig c) {
        if (c.id() == null || c.id().isBlank()) {
            throw new IllegalArgumentException("A plan configuration needs an id");
        }
        Set<String> caps = new LinkedHashSet<>();
        Arrays.stream(c.capabilities().split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(caps::add);
        Map<String, Long> quotas = new HashMap<>();
        putQuota(quotas, Quota.USERS, c.maxUsers());
        putQuota(quotas, Quota.QUOTES_PER_MONTH, c.quotesPerMonth());
        putQuota(quotas, Quota.PARSES_PER_MONTH, c.parsesPerMonth());
        putQuota(quotas, Quota.CHANNELS, c.channels());
        String title = c.title().isBlank() ? c.id() : c.title();
        return new Plan(c.id().trim(), title, caps, quotas, c.requestsPerMinute(), c.selfService());
    }

    private static void putQuota(Map<String, Long> quotas, String metric, long limit) {
        if (limit >= 0) {
            quotas.put(metric, limit);
        }
    }
}
