package org.offerbridge.webhooks.internal;

import java.util.List;

import org.offerbridge.platform.api.SystemMessageLog;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a tenant that a message failed for good or that an endpoint was switched off, as system messages when
 * that capability is installed. Messages show the endpoint's origin only: paths and queries may hold tokens.
 */
@Component(service = FailureNotices.class)
public class FailureNotices {
    private static final Logger LOG = LoggerFactory.getLogger(FailureNotices.class);
    static final String SOURCE = "webhooks";

    private volatile SystemMessageLog systemMessages;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindSystemMessages(SystemMessageLog log) {
        this.systemMessages = log;
    }

    void unbindSystemMessages(SystemMessageLog log) {
        if (this.systemMessages == log) {
            this.systemMessages = null;
        }
    }

    void report(String tenantId, List<Notice> notices) {
        for (Notice n : notices) {
            String text = text(n);
            LOG.info("Webhooks, tenant {}: {}", tenantId, text);
            SystemMessageLog log = systemMessages;
            if (log == null) {
                continue;
            }
            try {
                log.report(tenantId, n.kind() == Notice.Kind.MESSAGE_FAILED ? SystemMessageLog.Severity.WARNING : SystemMessageLog.Severity.ERROR,
                        SOURCE, text);
            } catch (RuntimeException e) {
                LOG.warn("Could not record a webhook notice as a system message", e);
            }
        }
    }

    static String text(Notice n) {
        return switch (n.kind()) {
            case MESSAGE_FAILED -> "Webhook message " + n.messageId() + " (" + n.eventType() + ") to " + n.origin() + " failed after "
                    + n.attempts() + " attempt(s); last error: " + n.lastError() + ". Replay it from the delivery log once the endpoint answers.";
            case ENDPOINT_DISABLED -> "The webhook endpoint " + n.origin() + " was switched off: too many messages in a row failed. "
                    + "Enable it again once it answers.";
            case ENDPOINT_GONE -> "The webhook endpoint " + n.origin() + " answered 410 Gone and was switched off.";
        };
    }
}
