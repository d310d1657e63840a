package org.offerbridge.parser.internal.llm;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.offerbridge.platform.api.SystemMessageLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a tenant that its LLM provider failed: a system message at most once per tenant per
 * {@value #QUIET_MINUTES} minutes, so an outage does not flood the log; every failure is logged at INFO.
 */
@Component(service = FailureReports.class)
public class FailureReports {
    private static final Logger LOG = LoggerFactory.getLogger(FailureReports.class);
    static final int QUIET_MINUTES = 10;
    private static final long QUIET_MILLIS = QUIET_MINUTES * 60_000L;
    static final String SOURCE = "parser";

    private final LongSupplier clock;
    private final Map<String, Long> lastReported = new ConcurrentHashMap<>();
    private volatile SystemMessageLog systemMessages;

    @Activate
    public FailureReports() {
        this(System::currentTimeMillis);
    }

    FailureReports(LongSupplier clock) {
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindSystemMessages(SystemMessageLog log) {
        this.systemMessages = log;
    }

    void unbindSystemMessages(SystemMessageLog log) {
        if (this.systemMessages == log) {
            this.systemMessages = null;
        }
    }

    /** {@code reason} is one line without secrets or customer text (see {@link LlmFailure}). */
    public void failed(String tenantId, String reason) {
        LOG.info("LLM provider failed for tenant {}: {}; answered with the built-in parser", tenantId, reason);
        long now = clock.getAsLong();
        boolean[] due = {false};
        lastReported.compute(tenantId, (t, last) -> {
            due[0] = last == null || now - last >= QUIET_MILLIS;
            return due[0] ? now : last;
        });
        if (!due[0]) {
            return;
        }
        if (lastReported.size() > 10_000) {
            lastReported.values().removeIf(last -> now - last >= QUIET_MILLIS);
        }
        SystemMessageLog log = systemMessages;
        if (log == null) {
            return;
        }
        try {
            log.report(tenantId, SystemMessageLog.Severity.WARNING, SOURCE,
                    "The LLM provider failed (" + reason + "); requests are read by the built-in parser meanwhile.");
        } catch (RuntimeException e) {
            LOG.warn("Could not record the LLM provider failure as a system message", e);
        }
    }
}
