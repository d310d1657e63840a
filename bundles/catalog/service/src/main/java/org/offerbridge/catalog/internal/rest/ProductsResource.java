package org.offerbridge.catalog.internal.rest;

import java.net.URI;
import java.util.List;
import java.util.Set;

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

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.catalog.api.ProductDraft;
import org.offerbridge.catalog.internal.CatalogCapability;
import org.offerbridge.catalog.internal.rest.CatalogViews.ProductView;
import org.offerbridge.platform.api.Role;
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

import com.fasterxml.jackson.databind.JsonNode;

/** CRUD of products: /catalog/products. Reading needs any role; changes need admin (the catalog is configuration). */
@Component(service = ProductsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("catalog/products")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(CatalogCapability.ID)
public class ProductsResource {
    private static final Set<String> FIELDS = Set.of("sku", "name", "description", "unit", "price", "currency", "taxRate",
            "stock", "aliases", "active");

    private final CatalogService catalog;

    @Activate
    public ProductsResource(@Reference CatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    public Page<ProductView> list(@QueryParam("q") String q, @QueryParam("active") String active,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        Boolean activeFilter = null;
        if (active != null && !active.isBlank()) {
            if (!active.equals("true") && !active.equals("false")) {
                throw ProblemException.invalid("active", "active must be true or false");
            }
            activeFilter = Boolean.valueOf(active);
        }
        if (q != null && q.length() > 200) {
            throw ProblemException.invalid("q", "q must be at most 200 characters");
        }
        List<Product> rows = catalog.search(q, activeFilter, page.after(), page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<ProductView> items = rows.stream().limit(page.limit()).map(CatalogViews::view).toList();
        return new Page<>(items, more ? PageRequest.cursorAfter(items.get(items.size() - 1).sku()) : null);
    }

    @GET
    @Path("{id}")
    public ProductView get(@PathParam("id") String id) {
        return catalog.get(id).map(CatalogViews::view).orElseThrow(() -> ProblemException.notFound("Product " + id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(JsonNode body) {
        JsonFields f = new JsonFields(body, FIELDS);
        ProductView created = CatalogViews.validated(() -> CatalogViews.view(catalog.create(draft(f))));
        return Response.created(URI.create("catalog/products/" + created.id())).entity(created).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public ProductView update(@PathParam("id") String id, JsonNode body) {
        JsonFields f = new JsonFields(body, FIELDS);
        for (String required : List.of("sku", "name", "unit", "price", "currency", "active")) {
            if (f.isNull(required)) {
                throw ProblemException.invalid(required, required + " cannot be removed");
            }
        }
        return CatalogViews.validated(() -> catalog.update(id, draft(f))).map(CatalogViews::view)
                .orElseThrow(() -> ProblemException.notFound("Product " + id));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response delete(@PathParam("id") String id) {
        if (!catalog.delete(id)) {
            throw ProblemException.notFound("Product " + id);
        }
        return Response.noContent().build();
    }

    private static ProductDraft draft(JsonFields f) {
        return new ProductDraft(f.text("sku"), f.text("name"), f.text("description"), f.text("unit"), f.decimal("price"),
                f.text("currency"), f.decimal("taxRate"), f.decimal("stock"), f.strings("aliases"), f.bool("active"),
                f.isNull("stock"), f.isNull("taxRate"));
    }
}
