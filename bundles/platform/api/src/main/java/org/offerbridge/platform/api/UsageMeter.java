package org.offerbridge.platform.api;

import org.osgi.annotation.versioning.ProviderType;

/** Meters business events against the bound tenant's plan quotas. */
@ProviderType
public interface UsageMeter {

    /**
     * Counts {@code amount} of a monthly metric for the bound tenant, atomically checking the quota first.
     *
     * @throws QuotaExceededException when the plan's quota would be exceeded; nothing is counted then
     */
    void consume(String metric, long amount);

    /** Gives back what {@link #consume} counted for work that then failed, e.g. because its transaction rolled back. */
    void refund(String metric, long amount);

    /** Checks that a level metric (e.g. users) may grow to {@code newLevel}. */
    void checkLevel(String metric, long newLevel);

    /** How much of a monthly metric the bound tenant used this month. */
    long usedThisMonth(String metric);
}
