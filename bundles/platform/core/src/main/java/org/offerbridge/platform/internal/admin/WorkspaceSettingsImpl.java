package org.offerbridge.platform.internal.admin;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.internal.persistence.TenantEntity;
import org.offerbridge.platform.internal.persistence.WorkspaceStore;
import org.offerbridge.platform.internal.rest.Inputs;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The bound workspace's profile and its validation; {@code /workspace} delegates here. */
@Component(service = WorkspaceSettings.class)
public class WorkspaceSettingsImpl implements WorkspaceSettings {
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
        if (c == null) {
            throw ProblemException.invalid("body", "A change is required");
        }
        String company = c.companyName() == null ? null : Inputs.required("companyName", c.companyName(), 200);
        String locale = Inputs.locale("locale", c.locale());
        String currency = Inputs.currency("currency", c.currency());
        String area = Inputs.optional("operatingArea", c.operatingArea(), 200);
        String address = Inputs.optional("address", c.address(), 400);
        String taxId = Inputs.optional("taxId", c.taxId(), 60);
        String phone = Inputs.optional("phone", c.phone(), 40);
        String website = Inputs.optional("website", c.website(), 200);
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
