package org.offerbridge.channels.internal.rest;

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
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.offerbridge.channels.api.Channel;
import org.offerbridge.channels.api.ChannelService;
import org.offerbridge.channels.internal.ChannelsCapability;
import org.offerbridge.channels.internal.rest.ChannelViews.ChannelInput;
import org.offerbridge.channels.internal.rest.ChannelViews.ChannelView;
import org.offerbridge.channels.internal.rest.ChannelViews.CreatedChannel;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.Page;
import org.offerbridge.platform.api.rest.PageRequest;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.RequiresCapability;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** /channels over {@link ChannelService}: staff read, admins change. */
@Component(service = ChannelsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("channels")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(ChannelsCapability.ID)
public class ChannelsResource {
    private final ChannelService channels;

    @Activate
    public ChannelsResource(@Reference ChannelService channels) {
        this.channels = channels;
    }

    @GET
    public Page<ChannelView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return page.page(channels.list(page.after(), page.fetchSize()), Channel::id, ChannelViews::view);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(ChannelInput body) {
        ChannelInput in = FieldRules.body(body);
        CreatedChannel created = ChannelViews.view(channels.create(in.kind(), in.name(), in.settings()));
        return Response.created(URI.create("channels/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public ChannelView get(@PathParam("id") String id) {
        return ChannelViews.view(channels.get(id).orElseThrow(() -> ProblemException.notFound("The channel")));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public ChannelView update(@PathParam("id") String id, ChannelInput body) {
        ChannelInput in = FieldRules.body(body);
        if (in.kind() != null) {
            throw FieldRules.invalid("kind", "A channel's kind cannot change; create another channel", "channels.kindFixed");
        }
        return ChannelViews.view(channels.update(id, in.name(), in.settings()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response delete(@PathParam("id") String id) {
        channels.delete(id);
        return Response.noContent().build();
    }

    /** Checks the connection again; the answer is the channel with its status. */
    @POST
    @Path("{id}/test")
    @RolesAllowed(Role.ADMIN_NAME)
    public ChannelView test(@PathParam("id") String id) {
        return ChannelViews.view(channels.test(id));
    }
}
