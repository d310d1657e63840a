package org.offerbridge.webhooks.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.admin.AuditTrail;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.Page;
import org.offerbridge.platform.api.rest.PageRequest;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.RequiresCapability;
import org.offerbridge.platform.api.secrets.SecretCipher;
import org.offerbridge.webhooks.internal.WebhookViews.CreatedEndpoint;
import org.offerbridge.webhooks.internal.WebhookViews.DeliveryView;
import org.offerbridge.webhooks.internal.WebhookViews.EndpointView;
import org.offerbridge.webhooks.internal.WebhookViews.NewSecret;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * /webhooks/endpoints: staff read, admins change. The signing secret is answered once, at creation and on
 * rotation, and stored sealed; the URL passes the outbound policy here and again before every attempt.
 */
@Component(service = EndpointsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("webhooks/endpoints")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(WebhooksCapability.ID)
public class EndpointsResource {
    private final EndpointStore store;
    private final Outbox outbox;
    private final Dispatcher dispatcher;
    private final SecretCipher cipher;
    private final OutboundAddressPolicy policy;
    private final AuditTrail audit;

    @Activate
    public EndpointsResource(@Reference EndpointStore store, @Reference Outbox outbox, @Reference Dispatcher dispatcher,
            @Reference SecretCipher cipher, @Reference OutboundAddressPolicy policy, @Reference AuditTrail audit) {
        this.store = store;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.cipher = cipher;
        this.policy = policy;
        this.audit = audit;
    }

    @GET
    public Page<EndpointView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        List<Endpoint> rows = store.list(page.after(), page.limit() + 1);
        List<Endpoint> items = rows.stream().limit(page.limit()).toList();
        String next = rows.size() > page.limit() ? PageRequest.cursorAfter(items.get(items.size() - 1).id()) : null;
        return new Page<>(items.stream().map(WebhookViews::view).toList(), next);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(EndpointInput body, @Context UriInfo uri) {
        EndpointDraft draft = EndpointRules.forCreate(body, policy);
        String secret = SigningSecret.generate();
        Endpoint e = store.create(draft, cipher.encrypt(secret));
        audit.record("webhooks.endpoint.created", "webhooks.endpoint:" + e.id(), describe(e));
        URI location = uri.getBaseUriBuilder().path("webhooks/endpoints").path(e.id()).build();
        CreatedEndpoint created = WebhookViews.created(e, secret);
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("{id}")
    public EndpointView get(@PathParam("id") String id) {
        return store.find(id).map(WebhookViews::view).orElseThrow(() -> notFound(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public EndpointView update(@PathParam("id") String id, EndpointInput body) {
        EndpointDraft change = EndpointRules.forChange(body, policy);
        Endpoint e = store.update(id, change).orElseThrow(() -> notFound(id));
        audit.record("webhooks.endpoint.updated", "webhooks.endpoint:" + e.id(), describe(e));
        return WebhookViews.view(e);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response delete(@PathParam("id") String id) {
        if (!store.delete(id)) {
            throw notFound(id);
        }
        audit.record("webhooks.endpoint.deleted", "webhooks.endpoint:" + id, "with its delivery log");
        return Response.noContent().build();
    }

    /** A new secret, effective for the next attempt; the old one stops working at once. */
    @POST
    @Path("{id}/rotate-secret")
    @RolesAllowed(Role.ADMIN_NAME)
    public NewSecret rotateSecret(@PathParam("id") String id) {
        String secret = SigningSecret.generate();
        if (!store.replaceSecret(id, cipher.encrypt(secret))) {
            throw notFound(id);
        }
        audit.record("webhooks.endpoint.secret-rotated", "webhooks.endpoint:" + id, "a new signing secret");
        return new NewSecret(id, secret);
    }

    /** Queues a {@code webhook.test} message to this endpoint and answers 202 with its delivery. */
    @POST
    @Path("{id}/test")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response test(@PathParam("id") String id) {
        Endpoint e = store.find(id).orElseThrow(() -> notFound(id));
        if (!e.enabled()) {
            throw ProblemException.conflict("The endpoint is switched off; enable it first");
        }
        DeliveryEntity d = outbox.test(id, Map.of("endpointId", id, "message", "A test message from Offerbridge"))
                .orElseThrow(() -> notFound(id));
        dispatcher.wake();
        DeliveryView view = WebhookViews.view(DeliveryLog.Summary.of(d));
        return Response.accepted(view).build();
    }

    private static String describe(Endpoint e) {
        return "url=" + EndpointRules.origin(e.url()) + " events=" + String.join(",", e.events()) + " enabled=" + e.enabled();
    }

    static ProblemException notFound(String id) {
        return ProblemException.notFound("Webhook endpoint " + id);
    }
}
