package org.offerbridge.customers.internal;

import java.net.URI;
import java.util.List;

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

import org.offerbridge.customers.api.Customer;
import org.offerbridge.customers.api.Customer.Handle;
import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.customers.api.CustomerValues;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.fields.Patch;
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

/** GET and POST /customers, GET, PATCH and DELETE /customers/{id}. Viewers read; sales and above write. */
@Component(service = CustomersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(CustomersCapability.ID)
public class CustomersResource {

    public record CustomerView(String id, String name, String company, String contactPerson, List<String> emails,
            List<String> phones, List<Handle> handles, String ownerId, String language, String createdAt, String updatedAt) {
    }

    /** The body of POST: every field but name is optional. */
    public record NewCustomer(String name, String company, String contactPerson, List<String> emails, List<String> phones,
            List<Handle> handles, String ownerId, String language) {
    }

    /** The body of PATCH: absent fields stay as they are; null or "" clears a text, null or [] empties a list. */
    public record CustomerChange(Patch<String> name, Patch<String> company, Patch<String> contactPerson,
            Patch<List<String>> emails, Patch<List<String>> phones, Patch<List<Handle>> handles, Patch<String> ownerId,
            Patch<String> language) {
    }

    private final CustomerStore store;
    private final CustomerDirectory directory;

    /** Lists read the store (keyset pages); everything else goes through the directory the UI uses too. */
    @Activate
    public CustomersResource(@Reference CustomerStore store, @Reference CustomerDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    @GET
    public Page<CustomerView> list(@QueryParam("q") String q, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        SearchTerms terms = SearchTerms.of(q);
        PageRequest page = PageRequest.of(limit, cursor);
        String afterName = null;
        String afterId = null;
        if (page.after() != null) {
            // The cursor is "nameKey \n id": names are single-line, so the last newline splits it.
            int cut = page.after().lastIndexOf('\n');
            if (cut < 0) {
                throw ProblemException.invalid("cursor", "cursor is not one this API issued");
            }
            afterName = page.after().substring(0, cut);
            afterId = page.after().substring(cut + 1);
        }
        return page.page(store.search(terms, afterName, afterId, page.fetchSize()),
                c -> CustomerRules.key(c.name()) + "\n" + c.id(), CustomersResource::view);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SALES_NAME)
    public Response create(NewCustomer body, @Context UriInfo uri) {
        NewCustomer in = FieldRules.body(body);
        Customer c = directory.create(new CustomerValues(in.name(), in.company(), in.contactPerson(), in.emails(), in.phones(),
                in.handles(), in.ownerId(), in.language()));
        URI location = uri.getBaseUriBuilder().path("customers").path(c.id()).build();
        return Response.created(location).entity(view(c)).build();
    }

    @GET
    @Path("{id}")
    public CustomerView get(@PathParam("id") String id) {
        return directory.get(id).map(CustomersResource::view).orElseThrow(() -> notFound(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SALES_NAME)
    public CustomerView update(@PathParam("id") String id, CustomerChange body) {
        return directory.update(id, values(FieldRules.body(body))).map(CustomersResource::view).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.SALES_NAME)
    public Response delete(@PathParam("id") String id) {
        if (!directory.delete(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    /** In the directory's terms a null field stays and "" or an empty list clears. */
    private static CustomerValues values(CustomerChange c) {
        return new CustomerValues(text(c.name()), text(c.company()), text(c.contactPerson()), list(c.emails()),
                list(c.phones()), list(c.handles()), text(c.ownerId()), text(c.language()));
    }

    private static String text(Patch<String> p) {
        return Patch.isPresent(p) ? (p.cleared() ? "" : p.value()) : null;
    }

    private static <T> List<T> list(Patch<List<T>> p) {
        return Patch.isPresent(p) ? (p.cleared() ? List.<T>of() : p.value()) : null;
    }

    static ProblemException notFound(String id) {
        return ProblemException.notFound("Customer " + id);
    }

    static CustomerView view(Customer c) {
        return new CustomerView(c.id(), c.name(), c.company(), c.contactPerson(), c.emails(), c.phones(), c.handles(), c.ownerId(), c.language(),
                c.createdAt().toString(), c.updatedAt().toString());
    }
}
