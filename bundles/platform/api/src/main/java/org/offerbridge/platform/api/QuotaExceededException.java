package org.offerbridge.platform.api;

/** A plan quota would be exceeded. REST answers 402 naming the plan, the metric and the limit. */
public class QuotaExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String planId;
    private final String metric;
    private final long limit;

    public QuotaExceededException(String planId, String metric, long limit) {
        super("The plan '" + planId + "' allows " + limit + " " + metric + "; upgrade the plan to go further");
        this.planId = planId;
        this.metric = metric;
        this.limit = limit;
    }

    public String planId() {
        return planId;
    }

    public String metric() {
        return metric;
    }

    public long limit() {
        return limit;
    }
}
