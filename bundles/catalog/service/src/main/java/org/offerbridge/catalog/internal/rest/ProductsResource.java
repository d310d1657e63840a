package org.offerbridge.catalog.internal.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
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
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.catalog.api.ProductDraft;
import org.offerbridge.catalog.api.ProductOption;
import org.offerbridge.catalog.internal.ProductRules;
import org.offerbridge.catalog.internal.CatalogCapability;
import org.offerbridge.catalog.internal.rest.CatalogBodies.NewProduct;
import org.offerbridge.catalog.internal.rest.CatalogBodies.OptionBody;
import org.offerbridge.catalog.internal.rest.CatalogBodies.OptionValueBody;
import org.offerbridge.catalog.internal.rest.CatalogBodies.ProductChanges;
import org.offerbridge.catalog.internal.rest.CatalogViews.ProductView;
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

/** CRUD of products: /catalog/products. Reading needs any role; changes need admin (the catalog is configuration). */
@Component(service = ProductsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("catalog/products")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(CatalogCapability.ID)
public class ProductsResource {
    static final int MAX_QUERY = 200;

    private final CatalogService catalog;

    @Activate
    public ProductsResource(@Reference CatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    public Page<ProductView> list(@QueryParam("q") String q, @QueryParam("active") String active,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        Boolean activeFilter = QueryParams.bool("active", active);
        String query = FieldRules.text("q", q, MAX_QUERY);
        return page.page(catalog.search(query, activeFilter, page.after(), page.fetchSize()), Product::sku, CatalogViews::view);
    }

    @GET
    @Path("{id}")
    public ProductView get(@PathParam("id") String id) {
        return catalog.get(id).map(CatalogViews::view).orElseThrow(() -> notFound(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(NewProduct body) {
        NewProduct b = FieldRules.body(body);
        ProductDraft draft = new ProductDraft(b.sku(), b.name(), b.description(), b.unit(), JsonDecimal.value("price", b.price()),
                b.currency(), JsonDecimal.value("taxRate", b.taxRate()), JsonDecimal.value("stock", b.stock()), b.aliases(),
                b.active(), false, false, options(b.options()));
        ProductView created = CatalogViews.view(catalog.create(draft));
        return Response.created(URI.create("catalog/products/" + created.id())).entity(created).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public ProductView update(@PathParam("id") String id, ProductChanges body) {
        ProductChanges b = FieldRules.body(body);
        Patch<BigDecimal> taxRate = Changes.given(b.taxRate()).map(d -> JsonDecimal.value("taxRate", d));
        Patch<BigDecimal> stock = Changes.given(b.stock()).map(d -> JsonDecimal.value("stock", d));
        ProductDraft draft = new ProductDraft(Changes.kept("sku", b.sku()).value(), Changes.kept("name", b.name()).value(),
                Changes.given(b.description()).value(), Changes.kept("unit", b.unit()).value(),
                Changes.kept("price", b.price()).map(d -> FieldRules.required("price", d.value("price"))).value(), Changes.kept("currency", b.currency()).value(),
                taxRate.value(), stock.value(), Changes.given(b.aliases()).value(), Changes.kept("active", b.active()).value(),
                stock.cleared(), taxRate.cleared(),
                Changes.given(b.options()).map(o -> o == null ? List.<ProductOption>of() : options(o)).value());
        return catalog.update(id, draft).map(CatalogViews::view).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response delete(@PathParam("id") String id) {
        if (!catalog.delete(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    /**
     * The body's options as the catalog takes them, each price difference read as a number naming its field
     * ({@code options[0].values[1].priceDelta}); a null option or value is a 400 naming it. Lists longer than the
     * catalog allows are cut one past the limit, which {@code ProductRules} refuses by name.
     */
    static List<ProductOption> options(List<OptionBody> body) {
        if (body == null) {
            return null;
        }
        List<ProductOption> out = new ArrayList<>();
        for (int i = 0; i < body.size() && i <= ProductRules.MAX_OPTIONS; i++) {
            String at = "options[" + i + "]";
            OptionBody o = FieldRules.required(at, body.get(i));
            List<ProductOption.Value> values = new ArrayList<>();
            List<OptionValueBody> given = o.values() == null ? List.of() : o.values();
            for (int j = 0; j < given.size() && j <= ProductRules.MAX_OPTION_VALUES; j++) {
                String vat = at + ".values[" + j + "]";
                OptionValueBody v = FieldRules.required(vat, given.get(j));
                values.add(new ProductOption.Value(v.value(), JsonDecimal.value(vat + ".priceDelta", v.priceDelta())));
            }
            out.add(new ProductOption(o.name(), values));
        }
        return out;
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("Product " + id);
    }
}
