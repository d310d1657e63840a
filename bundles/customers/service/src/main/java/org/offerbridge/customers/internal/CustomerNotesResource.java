package org.offerbridge.customers.internal;

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

import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.customers.api.CustomerNote;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.Page;
import org.offerbridge.platform.api.rest.PageRequest;
import org.offerbridge.platform.api.rest.RequiresCapability;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** GET and POST /customers/{id}/notes: notes newest first; the author is the caller. */
@Component(service = CustomerNotesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("customers/{id}/notes")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(CustomersCapability.ID)
public class CustomerNotesResource {

    public record NoteView(String id, String text, String author, String createdAt) {
    }

    public record NewNote(String text) {
    }

    private final CustomerStore store;
    private final CustomerDirectory directory;

    @Activate
    public CustomerNotesResource(@Reference CustomerStore store, @Reference CustomerDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    @GET
    public Page<NoteView> list(@PathParam("id") String id, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return page.page(store.notes(id, page.after(), page.fetchSize()).orElseThrow(() -> CustomersResource.notFound(id)),
                CustomerNote::id, CustomerNotesResource::view);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SALES_NAME)
    public Response add(@PathParam("id") String id, NewNote body) {
        CustomerNote n = directory.addNote(id, FieldRules.body(body).text()).orElseThrow(() -> CustomersResource.notFound(id));
        return Response.status(201).entity(view(n)).build();
    }

    static NoteView view(CustomerNote n) {
        return new NoteView(n.id(), n.text(), n.author(), n.createdAt().toString());
    }
}
