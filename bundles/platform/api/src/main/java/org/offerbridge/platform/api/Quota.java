package org.offerbridge.platform.api;

/** Metric names that plans set quotas on. Monthly metrics reset on the first day of each UTC month. */
public final class Quota {
    /** Active staff users (a level, not a monthly count). */
    public static final String USERS = "users";
    /** Quotes created per month. */
    public static final String QUOTES_PER_MONTH = "quotesPerMonth";
    /** Parser runs per month. */
    public static final String PARSES_PER_MONTH = "parsesPerMonth";
    /** Connected channels (a level). */
    public static final String CHANNELS = "channels";

    private Quota() {
    }

    /** True for metrics counted per calendar month rather than as a current level. */
    public static boolean isMonthly(String metric) {
        return metric.endsWith("PerMonth");
    }
}
