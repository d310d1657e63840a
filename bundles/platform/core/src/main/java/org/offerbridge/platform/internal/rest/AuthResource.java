package org.offerbridge.platform.internal.rest;

import java.time.Instant;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.Public;
import org.offerbridge.platform.internal.gateway.AuthFailures;
import org.offerbridge.platform.internal.gateway.ClientAddressResolver;
import org.offerbridge.platform.internal.gateway.GatewayFilter;
import org.offerbridge.platform.internal.security.Authenticator;
import org.offerbridge.platform.internal.security.Authenticator.LoginResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Staff login: email and password for a session token used as a bearer credential. */
@Component(service = AuthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
    /** Optional header carrying a stable per-browser device id, one of the login device signals. */
    public static final String DEVICE_HEADER = "X-Device-Id";

    public record LoginRequest(String email, String password, String tenantId) {
    }

    public record LoginResponse(String token, String expiresAt, String tenantId, String userId, String role) {
    }

    public record Me(String tenantId, String userId, String apiKeyId, String role, String plan) {
    }

    private final Authenticator authenticator;
    private final RequestContext context;
    private final AuthFailures failures;
    private final ClientAddressResolver addresses;

    @Context
    HttpServletRequest servletRequest;

    @Activate
    public AuthResource(@Reference Authenticator authenticator, @Reference RequestContext context,
            @Reference AuthFailures failures, @Reference ClientAddressResolver addresses) {
        this.authenticator = authenticator;
        this.context = context;
        this.failures = failures;
        this.addresses = addresses;
    }

    @POST
    @Path("login")
    @Public
    public LoginResponse login(LoginRequest body, @HeaderParam("User-Agent") String userAgent,
            @HeaderParam(DEVICE_HEADER) String deviceId, @HeaderParam("Accept-Language") String language) {
        LoginRequest r = FieldRules.body(body);
        String email = FieldRules.email("email", r.email());
        if (r.password() == null || r.password().isEmpty() || r.password().length() > PlatformRules.MAX_PASSWORD) {
            throw ProblemException.invalid("password", "password is required");
        }
        String tenantId = FieldRules.text("tenantId", r.tenantId(), 36);
        String ip = addresses.of(servletRequest);
        long wait = failures.retryAfter(ip);
        if (wait > 0) {
            // refused before the password is checked: a guess that happens to be right is not revealed
            throw AuthFailures.refusal(wait);
        }
        LoginResult result = authenticator.login(email, r.password().toCharArray(), tenantId,
                new Authenticator.Device(ip, userAgent, deviceId, language));
        if (result.failure() == Authenticator.LoginFailure.AMBIGUOUS_WORKSPACE) {
            throw new ProblemException(409, "choose-workspace", "Choose a workspace",
                    "These credentials open several workspaces; send tenantId, one of: " + String.join(", ", result.workspaces()),
                    "tenantId");
        }
        if (result.failure() != null) {
            failures.record(ip);
            // One answer for wrong password, unknown email and lockout: nothing to enumerate.
            throw new ProblemException(401, "login-failed", "Login failed",
                    "Wrong email or password, or too many attempts: wait a few minutes and try again", null);
        }
        return new LoginResponse(result.token(), Instant.ofEpochMilli(result.expiresAt()).toString(), result.tenant().id,
                result.user().id, result.user().role);
    }

    @POST
    @Path("logout")
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String token = GatewayFilter.bearer(authorization);
        if (token != null) {
            authenticator.logout(token);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    public Me me() {
        TenantPrincipal p = context.require();
        return new Me(p.tenantId(), p.userId(), p.apiKeyId(), p.role().id(), p.planId());
    }
}
