package org.offerbridge.platform.internal.rest;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.offerbridge.platform.api.CapabilityRegistry;
import org.offerbridge.platform.api.CapabilityStatus;
import org.offerbridge.platform.api.Plan;
import org.offerbridge.platform.api.PlanCatalog;
import org.offerbridge.platform.api.Quota;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.UsageMeter;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.internal.persistence.TenantEntity;
import org.offerbridge.platform.internal.persistence.UserStore;
import org.offerbridge.platform.internal.persistence.WorkspaceStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The caller's workspace: company profile (onboarding data), capabilities and usage against the plan. */
@Component(service = WorkspaceResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkspaceResource {

    public record Workspace(String tenantId, String companyName, String plan, String locale, String currency,
            String operatingArea, String address, String taxId, String phone, String website) {
    }

    /** Fields left null are not changed. */
    public record WorkspaceChange(String companyName, String locale, String currency, String operatingArea, String address,
            String taxId, String phone, String website) {
    }

    public record PlanView(String id, String title, int requestsPerMinute) {
    }

    public record Capabilities(PlanView plan, List<CapabilityView> capabilities) {
    }

    public record CapabilityView(String id, String title, String description, boolean installed, boolean allowed, boolean enabled) {
    }

    public record QuotaView(String metric, long limit, long used, boolean monthly) {
    }

    public record Usage(PlanView plan, List<QuotaView> quotas) {
    }

    private final WorkspaceStore workspaces;
    private final UserStore users;
    private final RequestContext context;
    private final CapabilityRegistry capabilities;
    private final PlanCatalog plans;
    private final UsageMeter usage;

    @Activate
    public WorkspaceResource(@Reference WorkspaceStore workspaces, @Reference UserStore users, @Reference RequestContext context,
            @Reference CapabilityRegistry capabilities, @Reference PlanCatalog plans, @Reference UsageMeter usage) {
        this.workspaces = workspaces;
        this.users = users;
        this.context = context;
        this.capabilities = capabilities;
        this.plans = plans;
        this.usage = usage;
    }

    @GET
    @Path("workspace")
    public Workspace get() {
        TenantPrincipal p = context.require();
        return workspaces.find(p.tenantId()).map(WorkspaceResource::view).orElseThrow(() -> ProblemException.notFound("Workspace"));
    }

    @PATCH
    @Path("workspace")
    @RolesAllowed(Role.ADMIN_NAME)
    public Workspace update(WorkspaceChange body) {
        TenantPrincipal p = context.require();
        WorkspaceChange c = Inputs.body(body);
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
        }).map(WorkspaceResource::view).orElseThrow(() -> ProblemException.notFound("Workspace"));
    }

    @GET
    @Path("capabilities")
    public Capabilities capabilities() {
        TenantPrincipal p = context.require();
        List<CapabilityView> list = new ArrayList<>();
        for (CapabilityStatus s : capabilities.statusFor(p.planId())) {
            list.add(new CapabilityView(s.id(), s.title(), s.description(), s.installed(), s.allowed(), s.enabled()));
        }
        return new Capabilities(planView(p.planId()), list);
    }

    @GET
    @Path("usage")
    public Usage usage() {
        TenantPrincipal p = context.require();
        Plan plan = plans.find(p.planId()).orElse(null);
        List<QuotaView> quotas = new ArrayList<>();
        for (String metric : List.of(Quota.USERS, Quota.QUOTES_PER_MONTH, Quota.PARSES_PER_MONTH, Quota.CHANNELS)) {
            long limit = plan == null ? 0 : plan.limit(metric);
            long used = switch (metric) {
                case Quota.USERS -> users.countActive(p.tenantId());
                case Quota.CHANNELS -> 0; // counted by the channels capability once installed
                default -> usage.usedThisMonth(metric);
            };
            quotas.add(new QuotaView(metric, limit, used, Quota.isMonthly(metric)));
        }
        return new Usage(planView(p.planId()), quotas);
    }

    private PlanView planView(String planId) {
        return plans.find(planId).map(pl -> new PlanView(pl.id(), pl.title(), pl.requestsPerMinute()))
                .orElse(new PlanView(planId, planId, 0));
    }

    static Workspace view(TenantEntity t) {
        return new Workspace(t.id, t.companyName, t.planId, t.locale, t.currency, t.operatingArea, t.address, t.taxId, t.phone, t.website);
    }
}
