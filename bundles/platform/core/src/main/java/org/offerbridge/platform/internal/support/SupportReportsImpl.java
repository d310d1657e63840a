package org.offerbridge.platform.internal.support;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.support.SupportReport;
import org.offerbridge.platform.api.support.SupportReports;
import org.offerbridge.platform.internal.persistence.AuditLog;
import org.offerbridge.platform.internal.persistence.UserStore;
import org.offerbridge.platform.internal.persistence.WorkspaceStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Problem reports of the bound workspace: any role submits; identity and time come from the server. */
@Component(service = SupportReports.class)
public class SupportReportsImpl implements SupportReports {
    private static final Logger LOG = LoggerFactory.getLogger(SupportReportsImpl.class);
    private final SupportReportStore store;
    private final WorkspaceStore workspaces;
    private final UserStore users;
    private final AuditLog audit;
    private final RequestContext context;
    private final Clock clock;

    @Activate
    public SupportReportsImpl(@Reference SupportReportStore store, @Reference WorkspaceStore workspaces,
            @Reference UserStore users, @Reference AuditLog audit, @Reference RequestContext context) {
        this(store, workspaces, users, audit, context, Clock.systemUTC());
    }

    SupportReportsImpl(SupportReportStore store, WorkspaceStore workspaces, UserStore users, AuditLog audit,
            RequestContext context, Clock clock) {
        this.store = store;
        this.workspaces = workspaces;
        this.users = users;
        this.audit = audit;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public SupportReport submit(Draft draft) {
        // Any role: a viewer who hits a problem must be able to report it. Fails closed without a bound caller.
        TenantPrincipal p = context.require();
        FieldRules.body(draft);
        String description = SupportMasks.mask(FieldRules.required("description",
                FieldRules.multiLine("description", draft.description(), MAX_DESCRIPTION)));
        String view = SupportMasks.mask(FieldRules.text("view", draft.view(), MAX_ENTRY));
        String userAgent = FieldRules.text("userAgent", draft.userAgent(), MAX_ENTRY);
        String error = SupportMasks.mask(FieldRules.multiLine("error", draft.error(), MAX_ENTRY));
        List<String> failed = entries("failedRequests", draft.failedRequests());
        List<String> actions = entries("recentActions", draft.recentActions());
        String zone = zone(draft.zoneId());

        String company = workspaces.find(p.tenantId()).map(t -> t.companyName).orElse(null);
        String reporter = p.userId() == null ? "apikey:" + p.apiKeyId()
                : users.find(p.tenantId(), p.userId()).map(u -> u.email).orElse("user:" + p.userId());
        SupportReport report = new SupportReport("sr-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12),
                p.tenantId(), company, reporter, p.role().id(), clock.instant(), zone, view, userAgent, error, failed,
                actions, description, context.requestId());
        store.save(report);
        audit.record(p.tenantId(), p.actor(), "support.reported", "support:" + report.id(),
                "view=" + (view == null ? "-" : view) + " failedRequests=" + failed.size());
        LOG.info("Support report {} submitted in workspace {}", report.id(), p.tenantId());
        return report;
    }

    /** At most ten single-line entries, each checked and masked; blank entries are dropped. */
    private static List<String> entries(String field, List<String> values) {
        FieldRules.atMost(field, values, MAX_ENTRIES);
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                String e = FieldRules.text(field, v, MAX_ENTRY);
                if (e != null) {
                    out.add(SupportMasks.mask(e));
                }
            }
        }
        return out;
    }

    private static String zone(String value) {
        String v = FieldRules.text("zoneId", value, 60);
        if (v == null) {
            return "UTC";
        }
        try {
            return ZoneId.of(v).getId();
        } catch (DateTimeException e) {
            throw FieldRules.invalid("zoneId", "zoneId must be a time zone such as Europe/Berlin", "field.timeZone", "zoneId");
        }
    }
}
