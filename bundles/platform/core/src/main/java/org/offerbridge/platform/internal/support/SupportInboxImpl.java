package org.offerbridge.platform.internal.support;

import java.util.List;
import java.util.Optional;

import org.offerbridge.platform.api.support.SupportInbox;
import org.offerbridge.platform.api.support.SupportReport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The operator's reading of support reports, for the shell commands. */
@Component(service = SupportInbox.class)
public class SupportInboxImpl implements SupportInbox {
    private final SupportReportStore store;

    @Activate
    public SupportInboxImpl(@Reference SupportReportStore store) {
        this.store = store;
    }

    @Override
    public List<SupportReport> latest(String tenantId, int limit) {
        String tenant = tenantId == null || tenantId.isBlank() ? null : tenantId.strip();
        return store.latest(tenant, Math.max(1, Math.min(limit, 500)));
    }

    @Override
    public Optional<SupportReport> find(String id) {
        return id == null || id.isBlank() ? Optional.empty() : store.find(id.strip());
    }
}
