package org.offerbridge.systemmessages.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

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

/** GET and POST /system-messages, POST /system-messages/{id}/clear, POST /system-messages/clear: staff read, sales and up change. */
@Component(service = SystemMessagesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("system-messages")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(SystemMessagesCapability.ID)
public class SystemMessagesResource {

    public record SystemMessage(String id, String severity, String source, String message, String createdAt, String clearedAt,
            String clearedBy) {
    }

    public record Summary(long open) {
    }

    public record Cleared(int cleared) {
    }

    private static final List<String> STATUSES = List.of("open", "all");

    private final SystemMessageStore store;

    @Activate
    public SystemMessagesResource(@Reference SystemMessageStore store) {
        this.store = store;
    }

    @GET
    public Page<SystemMessage> list(@QueryParam("status") String status, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        boolean all = status != null && FieldRules.oneOf("status", status, STATUSES).equals("all");
        PageRequest page = PageRequest.of(limit, cursor);
        return page.page(store.list(all, page.after(), page.fetchSize()), m -> m.id, SystemMessagesResource::view);
    }

    @GET
    @Path("summary")
    public Summary summary() {
        return new Summary(store.countOpen());
    }

    @POST
    @Path("{id}/clear")
    @RolesAllowed(Role.SALES_NAME)
    public SystemMessage clear(@PathParam("id") String id) {
        return store.clearMessage(id).map(SystemMessagesResource::view)
                .orElseThrow(() -> ProblemException.notFound("System message " + id));
    }

    /** Lets an integration report a problem it found (e.g. a failed ERP sync) into the same log. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SALES_NAME)
    public Response add(NewMessage body) {
        return Response.status(Response.Status.CREATED).entity(view(store.add(body))).build();
    }

    @POST
    @Path("clear")
    @RolesAllowed(Role.SALES_NAME)
    public Cleared clearAll() {
        return new Cleared(store.clearAll());
    }

    static SystemMessage view(SystemMessageEntity m) {
        return new SystemMessage(m.id, m.severity.toLowerCase(Locale.ROOT), m.source, m.message,
                Instant.ofEpochMilli(m.createdAt).toString(), m.clearedAt == 0 ? null : Instant.ofEpochMilli(m.clearedAt).toString(),
                m.clearedBy);
    }
}
