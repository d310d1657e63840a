package org.offerbridge.platform.internal.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

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
import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.platform.api.admin.WorkspaceSettings.Profile;
import org.offerbridge.platform.api.admin.WorkspaceSettings.ProfileChange;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.fields.Patch;
import org.offerbridge.platform.api.onboarding.SetupCount;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.internal.persistence.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The caller's workspace: company profile (onboarding data), capabilities and usage against the plan. The profile's
 * rules live in {@link WorkspaceSettings}, shared with the admin UI.
 */
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

    /** The body of PATCH: absent fields are not changed; null or "" clears an optional field. */
    public record WorkspaceChange(Patch<String> companyName, Patch<String> locale, Patch<String> currency,
            Patch<String> operatingArea, Patch<String> address, Patch<String> taxId, Patch<String> phone, Patch<String> website) {
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

    private final WorkspaceSettings settings;
    private final UserStore users;
    private final RequestContext context;
    private final CapabilityRegistry capabilities;
    private final PlanCatalog plans;
    private final UsageMeter usage;
    /** The capabilities' counts; the channels capability's one is the level the channels quota counts. */
    private final List<SetupCount> counts = new CopyOnWriteArrayList<>();

    @Activate
    public WorkspaceResource(@Reference WorkspaceSettings settings, @Reference UserStore users, @Reference RequestContext context,
            @Reference CapabilityRegistry capabilities, @Reference PlanCatalog plans, @Reference UsageMeter usage) {
        this.settings = settings;
        this.users = users;
        this.context = context;
        this.capabilities = capabilities;
        this.plans = plans;
        this.usage = usage;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindCount(SetupCount count) {
        counts.add(count);
    }

    void unbindCount(SetupCount count) {
        counts.remove(count);
    }

    @GET
    @Path("workspace")
    public Workspace get() {
        return view(settings.profile());
    }

    @PATCH
    @Path("workspace")
    @RolesAllowed(Role.ADMIN_NAME)
    public Workspace update(WorkspaceChange body) {
        WorkspaceChange c = FieldRules.body(body);
        return view(settings.update(new ProfileChange(given(c.companyName()), given(c.locale()), given(c.currency()),
                given(c.operatingArea()), given(c.address()), given(c.taxId()), given(c.phone()), given(c.website()))));
    }

    /** In {@link ProfileChange}'s terms: null leaves a field as it is, "" clears it. */
    private static String given(Patch<String> p) {
        return Patch.isPresent(p) ? (p.cleared() ? "" : p.value()) : null;
    }

    @GET
    @Path("capabilities")
    public Capabilities capabilities() {
        TenantPrincipal p = context.require();
        List<CapabilityView> list = new ArrayList<>();
        for (CapabilityStatus s : capabilities.statusFor(p.planId())) {
            list.add(new CapabilityView(s.id(), s.title(), s.description(), s.installed(), capabilities.planIncludes(p.planId(), s.id()),
                    capabilities.allows(p, s.id())));
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
                // counted by the channels capability; 0 while it is not installed
                case Quota.CHANNELS -> counts.stream().filter(c -> SetupCount.CHANNELS.equals(c.step())).mapToLong(SetupCount::count)
                        .findFirst().orElse(0);
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

    private static Workspace view(Profile p) {
        return new Workspace(p.tenantId(), p.companyName(), p.planId(), p.locale(), p.currency(), p.operatingArea(), p.address(),
                p.taxId(), p.phone(), p.website());
    }
}
