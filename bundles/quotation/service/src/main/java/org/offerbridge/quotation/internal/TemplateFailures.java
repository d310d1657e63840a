package org.offerbridge.quotation.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.offerbridge.platform.api.SystemMessageLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a workspace that a part of its document template could not be used and its documents are rendered
 * without it: a system message at most once per workspace per {@value #QUIET_MINUTES} minutes, like the
 * parser's failure reports; every occurrence is logged at INFO.
 */
public final class TemplateFailures {
    private static final Logger LOG = LoggerFactory.getLogger(TemplateFailures.class);
    static final int QUIET_MINUTES = 60;
    private static final long QUIET_MILLIS = QUIET_MINUTES * 60_000L;
    static final String SOURCE = "quotes";

    private final LongSupplier clock;
    private final Map<String, Long> lastReported = new ConcurrentHashMap<>();
    private volatile SystemMessageLog systemMessages;

    TemplateFailures(LongSupplier clock) {
        this.clock = clock;
    }

    void use(SystemMessageLog log) {
        this.systemMessages = log;
    }

    /** {@code part} names what was left out, e.g. "logo". */
    public void skipped(String tenantId, String part) {
        LOG.info("The {} of the document template of tenant {} cannot be used; documents are rendered without it", part, tenantId);
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
            log.report(tenantId, SystemMessageLog.Severity.WARNING, SOURCE, "The " + part + " of the document template cannot be "
                    + "used (it is damaged); quote PDFs are made without it until it is uploaded again.");
        } catch (RuntimeException e) {
            LOG.warn("Could not record the template failure as a system message", e);
        }
    }
}
