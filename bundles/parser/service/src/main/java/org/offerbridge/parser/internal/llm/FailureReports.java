package org.offerbridge.parser.internal.llm;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.offerbridge.platform.api.SystemMessageLog;
import org.offerbridge.platform.api.jobs.QuietPeriod;
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
    static final String SOURCE = "parser";

    private final QuietPeriod quiet;
    private volatile SystemMessageLog systemMessages;

    @Activate
    public FailureReports() {
        this(System::currentTimeMillis);
    }

    FailureReports(LongSupplier clock) {
        this.quiet = new QuietPeriod(Duration.ofMinutes(QUIET_MINUTES), clock);
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
        if (!quiet.due(tenantId)) {
            return;
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
