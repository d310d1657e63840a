package org.offerbridge.catalog.internal;

import org.offerbridge.platform.api.admin.AuditTrail;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes catalog changes to the workspace's audit trail, after they committed. */
@Component(service = CatalogAudit.class)
public class CatalogAudit {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogAudit.class);
    private volatile AuditTrail trail;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindTrail(AuditTrail t) {
        this.trail = t;
    }

    void unbindTrail(AuditTrail t) {
        if (this.trail == t) {
            this.trail = null;
        }
    }

    void record(String action, String target, String detail) {
        AuditTrail t = trail;
        if (t == null) {
            return;
        }
        try {
            t.record(action, target, detail);
        } catch (RuntimeException e) {
            // the change itself stands; a lost audit line is logged rather than failing the caller
            LOG.warn("Could not record {} on {} in the audit trail", action, target, e);
        }
    }
}
