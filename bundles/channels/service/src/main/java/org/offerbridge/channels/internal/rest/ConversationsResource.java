package org.offerbridge.channels.internal.rest;

import java.io.InputStream;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.offerbridge.channels.api.Conversation;
import org.offerbridge.channels.api.ConversationService;
import org.offerbridge.channels.api.ConversationService.Filter;
import org.offerbridge.channels.api.Message;
import org.offerbridge.channels.api.MessageAttachments;
import org.offerbridge.channels.internal.ChannelsCapability;
import org.offerbridge.channels.internal.attachments.ContentDisposition;
import org.offerbridge.channels.internal.rest.ChannelViews.Assignment;
import org.offerbridge.channels.internal.rest.ChannelViews.ConversationView;
import org.offerbridge.channels.internal.rest.ChannelViews.CustomerLink;
import org.offerbridge.channels.internal.rest.ChannelViews.MessageView;
import org.offerbridge.channels.internal.rest.ChannelViews.Reply;
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

/** /conversations over {@link ConversationService}: staff read; sales and above act. */
@Component(service = ConversationsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("conversations")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(ChannelsCapability.ID)
public class ConversationsResource {
    private final ConversationService conversations;
    private final MessageAttachments attachments;

    @Activate
    public ConversationsResource(@Reference ConversationService conversations, @Reference MessageAttachments attachments) {
        this.conversations = conversations;
        this.attachments = attachments;
    }

    /** Most recent activity first, with the filters API.md lists. */
    @GET
    public Page<ConversationView> list(@QueryParam("state") String state, @QueryParam("unread") String unread,
            @QueryParam("unanswered") String unanswered, @QueryParam("owner") String owner, @QueryParam("channel") String channel,
            @QueryParam("tag") String tag, @QueryParam("linked") String linked, @QueryParam("q") String q,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        Filter f = new Filter(state, flag("unread", unread), flag("unanswered", unanswered), owner, channel, tag, flag("linked", linked), q);
        return page.page(conversations.list(f, page.after(), page.fetchSize()), conversations::pageKey, ChannelViews::view);
    }

    private static Boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw FieldRules.invalid(name, name + " must be true or false", "channels.boolean", name);
        };
    }

    @GET
    @Path("{id}")
    public ConversationView get(@PathParam("id") String id) {
        Conversation c = conversations.get(id).orElseThrow(() -> ProblemException.notFound("The conversation"));
        return ChannelViews.view(c, conversations.cannotReply(id).orElse(null));
    }

    @GET
    @Path("{id}/messages")
    public Page<MessageView> messages(@PathParam("id") String id, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return page.page(conversations.messages(id, page.after(), page.fetchSize()), Message::id, ChannelViews::view);
    }

    @POST
    @Path("{id}/take")
    @RolesAllowed(Role.SALES_NAME)
    public ConversationView take(@PathParam("id") String id) {
        return ChannelViews.view(conversations.take(id));
    }

    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SALES_NAME)
    public ConversationView assign(@PathParam("id") String id, Assignment body) {
        return ChannelViews.view(conversations.assign(id, FieldRules.body(body).userId()));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed(Role.SALES_NAME)
    public ConversationView close(@PathParam("id") String id) {
        return ChannelViews.view(conversations.close(id));
    }

    @POST
    @Path("{id}/read")
    @RolesAllowed(Role.SALES_NAME)
    public ConversationView read(@PathParam("id") String id) {
        return ChannelViews.view(conversations.markRead(id));
    }

    @PUT
    @Path("{id}/tags")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SALES_NAME)
    public ConversationView tags(@PathParam("id") String id, List<String> body) {
        return ChannelViews.view(conversations.setTags(id, FieldRules.body(body)));
    }

    @PUT
    @Path("{id}/customer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SALES_NAME)
    public ConversationView link(@PathParam("id") String id, CustomerLink body) {
        return ChannelViews.view(conversations.linkCustomer(id, FieldRules.body(body).customerId()));
    }

    @DELETE
    @Path("{id}/customer")
    @RolesAllowed(Role.SALES_NAME)
    public ConversationView unlink(@PathParam("id") String id) {
        return ChannelViews.view(conversations.unlinkCustomer(id));
    }

    /**
     * The bytes of a stored attachment, to staff of the conversation's workspace only (another workspace's ids are not
     * found): typed as sniffed, always a download ({@code attachment}), never sniffed again nor run by the browser.
     */
    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        conversations.get(id).orElseThrow(() -> ProblemException.notFound("The conversation"));
        MessageAttachments.Download d = attachments.open(id, attachmentId)
                .orElseThrow(() -> ProblemException.notFound("The attachment"));
        StreamingOutput body = out -> {
            try (InputStream in = d.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, d.contentType()).header(HttpHeaders.CONTENT_LENGTH, d.size())
                .header("Content-Disposition", ContentDisposition.attachment(d.name()))
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", "sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    /** Queues the owner's reply: 202 with the message, status {@code queued}; the outbox sends it. */
    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SALES_NAME)
    public Response reply(@PathParam("id") String id, Reply body) {
        return Response.accepted(ChannelViews.view(conversations.reply(id, FieldRules.body(body).text()))).build();
    }
}
