package org.offerbridge.platform.api;

import java.util.Map;
import java.util.Set;

/**
 * A commercial plan: which capabilities it includes and its quotas.
 *
 * @param id           stable identifier, e.g. {@code business}
 * @param title        display name
 * @param capabilities capability ids the plan includes
 * @param quotas       metric name to maximum ({@link Quota} names); a missing metric is unlimited
 * @param requestsPerMinute API rate limit for each API key of a tenant on this plan
 * @param selfService  whether anyone may choose this plan when registering a workspace; the others are assigned
 *                     by the operator
 */
public record Plan(String id, String title, Set<String> capabilities, Map<String, Long> quotas, int requestsPerMinute,
        boolean selfService) {
    public Plan {
        capabilities = Set.copyOf(capabilities);
        quotas = Map.copyOf(quotas);
    }

    /** A plan only the operator assigns (the constructor of API 1.4, kept for its callers). */
    public Plan(String id, String title, Set<String> capabilities, Map<String, Long> quotas, int requestsPerMinute) {
        this(id, title, capabilities, quotas, requestsPerMinute, false);
    }

    public boolean includes(String capabilityId) {
        return capabilities.contains(capabilityId);
    }

    /** The limit for a metric, or -1 when unlimited. */
    public long limit(String metric) {
        return quotas.getOrDefault(metric, -1L);
    }
}
