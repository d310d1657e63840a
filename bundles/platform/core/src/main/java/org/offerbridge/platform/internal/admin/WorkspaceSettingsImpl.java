package org.offerbridge.platform.internal.admin;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.internal.persistence.TenantEntity;
import org.offerbridge.platform.internal.persistence.WorkspaceStore;
import org.offerbridge.platform.internal.rest.PlatformRules;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The bound workspace's profile and its validation; {@code /workspace} delegates here. */
@Component(service = WorkspaceSettings.class)
public class WorkspaceSettingsImpl implements WorkspaceSettings {
    /** The lengths of the workspace's columns. */
    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 400;
    static final int MAX_TAX_ID = 60;
    static final int MAX_WEBSITE = 200;
    private final WorkspaceStore workspaces;
    private final RequestContext context;

    @Activate
    public WorkspaceSettingsImpl(@Reference WorkspaceStore workspaces, @Reference RequestContext context) {
        this.workspaces = workspaces;
        this.context = context;
    }

    @Override
    public Profile profile() {
        return workspaces.find(context.require().tenantId()).map(WorkspaceSettingsImpl::view)
                .orElseThrow(() -> ProblemException.notFound("Workspace"));
    }

    @Override
    public Profile update(ProfileChange c) {
        TenantPrincipal p = Guards.atLeast(context, Role.ADMIN);
        FieldRules.body(c);
        String company = c.companyName() == null ? null : FieldRules.requiredText("companyName", c.companyName(), MAX_NAME);
        String locale = PlatformRules.locale("locale", c.locale());
        String currency = FieldRules.currency("currency", c.currency());
        String area = FieldRules.text("operatingArea", c.operatingArea(), MAX_NAME);
        String address = FieldRules.multiLine("address", c.address(), MAX_ADDRESS);
        String taxId = FieldRules.text("taxId", c.taxId(), MAX_TAX_ID);
        String phone = FieldRules.optionalPhone("phone", c.phone());
        // a website is shown as a link on quotes: http(s) only, never javascript: or data:
        String website = FieldRules.text("website", FieldRules.webUrl("website", c.website()), MAX_WEBSITE);
        return workspaces.update(p.tenantId(), p.actor(), "profile", t -> {
            if (company != null) {
                t.companyName = company;
            }
            if (locale != null) {
                t.locale = locale;
            }
            if (currency != null) {
                t.currency = currency;
            }
            if (c.operatingArea() != null) {
                t.operatingArea = area;
            }
            if (c.address() != null) {
                t.address = address;
            }
            if (c.taxId() != null) {
                t.taxId = taxId;
            }
            if (c.phone() != null) {
                t.phone = phone;
            }
            if (c.website() != null) {
                t.website = website;
            }
        }).map(WorkspaceSettingsImpl::view).orElseThrow(() -> ProblemException.notFound("Workspace"));
    }

    static Profile view(TenantEntity t) {
        return new Profile(t.id, t.companyName, t.planId, t.locale, t.currency, t.operatingArea, t.address, t.taxId, t.phone, t.website);
    }
}
