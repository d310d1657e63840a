package org.offerbridge.platform.internal.rest;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.offerbridge.platform.api.Plan;
import org.offerbridge.platform.api.PlanCatalog;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.Public;
import org.offerbridge.platform.internal.PlatformConfig;
import org.offerbridge.platform.internal.persistence.WorkspaceStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Workspace registration: POST /api/v1/tenants. */
@Component(service = TenantsResource.class, configurationPid = PlatformConfig.PID)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantsResource {

    public record RegisterRequest(String companyName, String adminEmail, String adminPassword, String plan, String locale,
            String currency, String operatingArea) {
    }

    public record RegisterResponse(String tenantId, String apiKey, String userId, String plan) {
    }

    private final WorkspaceStore workspaces;
    private final PlanCatalog plans;
    private volatile PlatformConfig config;

    @Activate
    public TenantsResource(@Reference WorkspaceStore workspaces, @Reference PlanCatalog plans, PlatformConfig config) {
        this.workspaces = workspaces;
        this.plans = plans;
        this.config = config;
    }

    @Modified
    void modified(PlatformConfig config) {
        this.config = config;
    }

    @POST
    @Public
    public Response register(RegisterRequest body) {
        if (!config.registrationEnabled()) {
            throw new ProblemException(403, "registration-closed", "Registration closed",
                    "This server does not accept new workspaces; ask its operator", null);
        }
        RegisterRequest r = FieldRules.body(body);
        String company = FieldRules.requiredText("companyName", r.companyName(), 200);
        String email = FieldRules.email("adminEmail", r.adminEmail());
        char[] password = PlatformRules.password("adminPassword", r.adminPassword());
        String planId = selfServicePlan(r.plan());
        String locale = PlatformRules.locale("locale", r.locale());
        String currency = FieldRules.currency("currency", r.currency());
        String area = FieldRules.text("operatingArea", r.operatingArea(), 200);
        WorkspaceStore.Registered done = workspaces.register(
                new WorkspaceStore.Registration(company, email, password, planId, locale == null ? "en" : locale, currency, area));
        return Response.status(201).entity(new RegisterResponse(done.tenantId(), done.apiKey(), done.userId(), planId)).build();
    }

    /** The plan asked for, when anyone may choose it; 400 naming {@code plan} for an unknown one or one the operator assigns. */
    String selfServicePlan(String value) {
        String planId = FieldRules.requiredText("plan", value, 40).toLowerCase(Locale.ROOT);
        Plan plan = plans.find(planId).orElseThrow(() -> ProblemException.invalid("plan", "Unknown plan '" + planId
                + "'; plans open for registration: " + String.join(", ", selfServicePlans())));
        if (!plan.selfService()) {
            throw FieldRules.invalid("plan", "Plan '" + planId + "' is assigned by the operator; plans open for registration: "
                    + String.join(", ", selfServicePlans()), "platform.planByOperator", planId);
        }
        return planId;
    }

    private List<String> selfServicePlans() {
        return plans.all().stream().filter(Plan::selfService).map(Plan::id).toList();
    }
}
