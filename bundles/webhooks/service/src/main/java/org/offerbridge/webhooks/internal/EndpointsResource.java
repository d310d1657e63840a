package org.offerbridge.webhooks.internal;

import java.net.URI;

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
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.Page;
import org.offerbridge.platform.api.rest.PageRequest;
import org.offerbridge.platform.api.rest.RequiresCapability;
import org.offerbridge.webhooks.internal.WebhookViews.CreatedEndpoint;
import org.offerbridge.webhooks.internal.WebhookViews.EndpointView;
import org.offerbridge.webhooks.internal.WebhookViews.NewSecret;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** /webhooks/endpoints over {@link WebhookEndpoints}: staff read, admins change. */
@Component(service = EndpointsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("webhooks/endpoints")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(WebhooksCapability.ID)
public class EndpointsResource {
    private final WebhookEndpoints endpoints;

    @Activate
    public EndpointsResource(@Reference WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @GET
    public Page<EndpointView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return page.page(endpoints.list(page.after(), page.fetchSize()), Endpoint::id, WebhookViews::view);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(NewEndpoint body, @Context UriInfo uri) {
        CreatedEndpoint created = endpoints.create(body);
        URI location = uri.getBaseUriBuilder().path("webhooks/endpoints").path(created.id()).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("{id}")
    public EndpointView get(@PathParam("id") String id) {
        return WebhookViews.view(endpoints.get(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public EndpointView update(@PathParam("id") String id, EndpointPatch body) {
        return WebhookViews.view(endpoints.update(id, body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response delete(@PathParam("id") String id) {
        endpoints.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/rotate-secret")
    @RolesAllowed(Role.ADMIN_NAME)
    public NewSecret rotateSecret(@PathParam("id") String id) {
        return endpoints.rotateSecret(id);
    }

    /** Queues a {@code webhook.test} message to this endpoint and answers 202 with its delivery. */
    @POST
    @Path("{id}/test")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response test(@PathParam("id") String id) {
        return Response.accepted(WebhookViews.view(endpoints.test(id))).build();
    }
}
