package org.offerbridge.quotation.internal;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.offerbridge.platform.api.SystemMessageLog;
import org.offerbridge.platform.api.jobs.QuietPeriod;
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
    static final String SOURCE = "quotes";

    private final QuietPeriod quiet;
    private volatile SystemMessageLog systemMessages;

    TemplateFailures(LongSupplier clock) {
        this.quiet = new QuietPeriod(Duration.ofMinutes(QUIET_MINUTES), clock);
    }

    void use(SystemMessageLog log) {
        this.systemMessages = log;
    }

    /** {@code part} names what was left out: "logo", or "template" for the whole template. */
    public void skipped(String tenantId, String part) {
        LOG.info("The {} of the document template of tenant {} cannot be used; documents are rendered without it", part, tenantId);
        if (!quiet.due(tenantId)) {
            return;
        }
        SystemMessageLog log = systemMessages;
        if (log == null) {
            return;
        }
        try {
            log.report(tenantId, SystemMessageLog.Severity.WARNING, SOURCE, message(part));
        } catch (RuntimeException e) {
            LOG.warn("Could not record the template failure as a system message", e);
        }
    }

    static String message(String part) {
        return "template".equals(part)
                ? "The document template cannot be used; quote PDFs are made without its logo, colour, terms and footer until it is changed."
                : "The " + part + " of the document template cannot be used (it is damaged); quote PDFs are made without it until it is uploaded again.";
    }
}
