package org.offerbridge.platform.internal.gateway;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.annotation.Priority;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.Response;

import org.offerbridge.platform.api.CapabilityRegistry;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.ProviderCallback;
import org.offerbridge.platform.api.rest.Public;
import org.offerbridge.platform.api.rest.RequiresCapability;
import org.offerbridge.platform.internal.context.ThreadRequestContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The one place where access rules are enforced: each resource method declares {@link Public},
 * {@code @RolesAllowed} (the minimum role) and {@link RequiresCapability}; a method with none of them
 * needs any authenticated caller. Answers 401, 403, or 402 naming the plan and the capability.
 */
@Component(service = DynamicFeature.class)
@JaxrsExtension
@JaxrsName("offerbridge.authorization")
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
public class AuthorizationFeature implements DynamicFeature {
    private final ThreadRequestContext context;
    private final CapabilityRegistry capabilities;
    private final CallbackPaths callbacks;

    @Activate
    public AuthorizationFeature(@Reference ThreadRequestContext context, @Reference CapabilityRegistry capabilities,
            @Reference CallbackPaths callbacks) {
        this.context = context;
        this.capabilities = capabilities;
        this.callbacks = callbacks;
    }

    @Override
    public void configure(ResourceInfo info, FeatureContext features) {
        Method m = info.getResourceMethod();
        Class<?> c = info.getResourceClass();
        if (m == null || c == null) {
            return;
        }
        boolean callback = m.isAnnotationPresent(ProviderCallback.class) || c.isAnnotationPresent(ProviderCallback.class);
        if (callback) {
            callbacks.add(c, m);
        }
        boolean isPublic = callback || m.isAnnotationPresent(Public.class) || c.isAnnotationPresent(Public.class);
        RolesAllowed roles = Optional.ofNullable(m.getAnnotation(RolesAllowed.class)).orElse(c.getAnnotation(RolesAllowed.class));
        RequiresCapability capability = Optional.ofNullable(m.getAnnotation(RequiresCapability.class))
                .orElse(c.getAnnotation(RequiresCapability.class));
        List<Role> minimum = roles == null ? List.of(Role.VIEWER) : Arrays.stream(roles.value()).map(Role::of).toList();
        features.register(new Check(isPublic, minimum, capability == null ? null : capability.value()), Priorities.AUTHORIZATION);
    }

    @Priority(Priorities.AUTHORIZATION)
    private final class Check implements ContainerRequestFilter {
        private final boolean isPublic;
        private final List<Role> minimum;
        private final String capability;

        Check(boolean isPublic, List<Role> minimum, String capability) {
            this.isPublic = isPublic;
            this.minimum = minimum;
            this.capability = capability;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (isPublic) {
                return;
            }
            TenantPrincipal p = context.current().orElse(null);
            String id = context.requestId();
            if (p == null) {
                Response r = Problems.response(401, "unauthorized", "Unauthorized",
                        "Send an API key or session token as 'Authorization: Bearer <token>'", null, id);
                request.abortWith(Response.fromResponse(r).header("WWW-Authenticate", "Bearer").build());
                return;
            }
            if (capability != null) {
                if (!capabilities.isInstalled(capability)) {
                    request.abortWith(Problems.response(404, "capability-not-installed", "Not found",
                            "The capability '" + capability + "' is not installed on this server", null, id));
                    return;
                }
                if (!capabilities.allows(p, capability)) {
                    request.abortWith(Problems.response(402, "plan-lacks-capability", "Not included in your plan",
                            "Your plan '" + p.planId() + "' does not include the capability '" + capability + "'", null, id));
                    return;
                }
            }
            if (minimum.stream().noneMatch(p::hasRole)) {
                request.abortWith(Problems.response(403, "forbidden", "Forbidden",
                        "This needs the role " + minimum.get(0).id() + " or higher; you have " + p.role().id(), null, id));
            }
        }
    }
}
