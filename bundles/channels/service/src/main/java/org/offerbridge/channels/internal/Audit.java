package org.offerbridge.channels.internal;

import org.offerbridge.platform.api.admin.AuditTrail;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The workspace's audit trail where the platform offers one; details never carry secrets. */
@Component(service = Audit.class)
public class Audit {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile AuditTrail trail;

    void record(String action, String channelId, String detail) {
        AuditTrail t = trail;
        if (t != null) {
            t.record(action, "channel:" + channelId, detail);
        }
    }
}
