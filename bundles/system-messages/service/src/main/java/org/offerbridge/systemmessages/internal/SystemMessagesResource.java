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

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.SystemMessageLog;
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

/** GET and POST /system-messages, POST /system-messages/{id}/clear, POST /system-messages/clear. */
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

    public record NewMessage(String severity, String source, String message) {
    }

    public record Summary(long open) {
    }

    public record Cleared(int cleared) {
    }

    private final SystemMessageStore store;
    private final RequestContext context;

    @Activate
    public SystemMessagesResource(@Reference SystemMessageStore store, @Reference RequestContext context) {
        this.store = store;
        this.context = context;
    }

    @GET
    public Page<SystemMessage> list(@QueryParam("status") String status, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        boolean all;
        if (status == null || status.equals("open")) {
            all = false;
        } else if (status.equals("all")) {
            all = true;
        } else {
            throw ProblemException.invalid("status", "status must be 'open' or 'all'");
        }
        PageRequest page = PageRequest.of(limit, cursor);
        List<SystemMessageEntity> rows = store.list(all, page.after(), page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<SystemMessage> items = rows.stream().limit(page.limit()).map(SystemMessagesResource::view).toList();
        return new Page<>(items, more ? PageRequest.cursorAfter(items.get(items.size() - 1).id()) : null);
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
        return store.clear(id, context.require().actor()).map(SystemMessagesResource::view)
                .orElseThrow(() -> ProblemException.notFound("System message " + id));
    }

    /** Lets an integration report a problem it found (e.g. a failed ERP sync) into the same log. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SALES_NAME)
    public Response add(NewMessage body) {
        if (body == null) {
            throw ProblemException.invalid("body", "A JSON body is required");
        }
        SystemMessageLog.Severity severity;
        try {
            severity = SystemMessageLog.Severity.valueOf((body.severity() == null ? "warning" : body.severity()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("severity", "severity must be info, warning or error");
        }
        if (body.message() == null || body.message().isBlank()) {
            throw ProblemException.invalid("message", "message is required");
        }
        if (body.message().length() > SystemMessageStore.MAX_MESSAGE) {
            throw ProblemException.invalid("message", "message must be at most " + SystemMessageStore.MAX_MESSAGE + " characters");
        }
        String source = body.source() == null || body.source().isBlank() ? "integration" : body.source().strip();
        if (source.length() > 40) {
            throw ProblemException.invalid("source", "source must be at most 40 characters");
        }
        return Response.status(201).entity(view(store.add(severity, source, body.message().strip()))).build();
    }

    @POST
    @Path("clear")
    @RolesAllowed(Role.SALES_NAME)
    public Cleared clearAll() {
        return new Cleared(store.clearAll(context.require().actor()));
    }

    static SystemMessage view(SystemMessageEntity m) {
        return new SystemMessage(m.id, m.severity.toLowerCase(Locale.ROOT), m.source, m.message,
                Instant.ofEpochMilli(m.createdAt).toString(), m.clearedAt == 0 ? null : Instant.ofEpochMilli(m.clearedAt).toString(),
                m.clearedBy);
    }
}
