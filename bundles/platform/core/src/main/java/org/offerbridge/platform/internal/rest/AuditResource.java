package org.offerbridge.platform.internal.rest;

import java.time.Instant;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.PageRequest;
import org.offerbridge.platform.internal.persistence.AuditLog;
import org.offerbridge.platform.internal.persistence.SessionStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The workspace's audit trail and login history, for its admins. */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AuditResource {

    public record AuditEvent(String at, String actor, String action, String target, String detail, String requestId) {
    }

    public record LoginEvent(String at, String email, boolean success, String reason, String ip, String userAgent, String device) {
    }

    private final AuditLog audit;
    private final SessionStore sessions;
    private final RequestContext context;

    @Activate
    public AuditResource(@Reference AuditLog audit, @Reference SessionStore sessions, @Reference RequestContext context) {
        this.audit = audit;
        this.sessions = sessions;
        this.context = context;
    }

    @GET
    @Path("audit")
    public List<AuditEvent> audit(@QueryParam("limit") Integer limit) {
        int l = PageRequest.of(limit, null).limit();
        return audit.latest(context.require().tenantId(), l).stream()
                .map(e -> new AuditEvent(Instant.ofEpochMilli(e.at()).toString(), e.actor(), e.action(), e.target(), e.detail(), e.requestId()))
                .toList();
    }

    @GET
    @Path("login-events")
    public List<LoginEvent> loginEvents(@QueryParam("limit") Integer limit) {
        int l = PageRequest.of(limit, null).limit();
        return sessions.loginEvents(context.require().tenantId(), l).stream()
                .map(e -> new LoginEvent(Instant.ofEpochMilli(e.occurredAt).toString(), e.email, e.success, e.reason, e.ip, e.userAgent,
                        e.deviceHash == null ? null : e.deviceHash.substring(0, 12)))
                .toList();
    }
}
