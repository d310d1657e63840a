package org.offerbridge.catalog.internal.rest;

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
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.offerbridge.catalog.api.PricingRule;
import org.offerbridge.catalog.internal.CatalogCapability;
import org.offerbridge.catalog.internal.PriceListService;
import org.offerbridge.catalog.internal.rest.CatalogBodies.NewRule;
import org.offerbridge.catalog.internal.rest.CatalogBodies.PriceListFields;
import org.offerbridge.catalog.internal.rest.CatalogViews.PriceListView;
import org.offerbridge.catalog.internal.rest.CatalogViews.RuleView;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.Page;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.RequiresCapability;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Price lists (/catalog/price-lists) with their volume breaks, and the volume breaks that apply to every
 * customer (/catalog/pricing-rules).
 */
@Component(service = PriceListsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("catalog")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(CatalogCapability.ID)
public class PriceListsResource {
    private final PriceListService priceLists;

    @Activate
    public PriceListsResource(@Reference PriceListService priceLists) {
        this.priceLists = priceLists;
    }

    @GET
    @Path("price-lists")
    public Page<PriceListView> lists() {
        return new Page<>(priceLists.lists().stream().map(CatalogViews::view).toList(), null);
    }

    @POST
    @Path("price-lists")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response createList(PriceListFields body) {
        PriceListFields b = FieldRules.body(body);
        PriceListView v = CatalogViews.view(priceLists.create(b.name(), b.description(),
                JsonDecimal.value("discountPercent", b.discountPercent()), b.active()));
        return Response.created(URI.create("catalog/price-lists/" + v.id())).entity(v).build();
    }

    @GET
    @Path("price-lists/{id}")
    public PriceListView getList(@PathParam("id") String id) {
        return priceLists.get(id).map(CatalogViews::view).orElseThrow(() -> notFound(id));
    }

    @PATCH
    @Path("price-lists/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public PriceListView updateList(@PathParam("id") String id, PriceListFields body) {
        PriceListFields b = FieldRules.body(body);
        return priceLists.update(id, b.name(), b.description(), JsonDecimal.value("discountPercent", b.discountPercent()),
                b.active()).map(CatalogViews::view).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("price-lists/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response deleteList(@PathParam("id") String id) {
        if (!priceLists.delete(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("price-lists/{id}/rules")
    public Page<RuleView> listRules(@PathParam("id") String id) {
        priceLists.get(id).orElseThrow(() -> notFound(id));
        return rules(priceLists.rules(id));
    }

    @POST
    @Path("price-lists/{id}/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response addListRule(@PathParam("id") String id, NewRule body) {
        priceLists.get(id).orElseThrow(() -> notFound(id));
        return addRule(id, body);
    }

    @DELETE
    @Path("price-lists/{id}/rules/{ruleId}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response deleteListRule(@PathParam("id") String id, @PathParam("ruleId") String ruleId) {
        if (!priceLists.deleteRule(id, ruleId)) {
            throw ProblemException.notFound("Pricing rule " + ruleId);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("pricing-rules")
    public Page<RuleView> globalRules() {
        return rules(priceLists.rules(null));
    }

    @POST
    @Path("pricing-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response addGlobalRule(NewRule body) {
        return addRule(null, body);
    }

    @DELETE
    @Path("pricing-rules/{ruleId}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response deleteGlobalRule(@PathParam("ruleId") String ruleId) {
        if (!priceLists.deleteRule(null, ruleId)) {
            throw ProblemException.notFound("Pricing rule " + ruleId);
        }
        return Response.noContent().build();
    }

    private Response addRule(String listId, NewRule body) {
        NewRule b = FieldRules.body(body);
        RuleView v = CatalogViews.view(priceLists.addRule(listId, b.sku(), JsonDecimal.value("minQuantity", b.minQuantity()),
                JsonDecimal.value("unitPrice", b.unitPrice()), JsonDecimal.value("discountPercent", b.discountPercent())));
        String base = listId == null ? "catalog/pricing-rules/" : "catalog/price-lists/" + listId + "/rules/";
        return Response.created(URI.create(base + v.id())).entity(v).build();
    }

    private static Page<RuleView> rules(List<PricingRule> rules) {
        return new Page<>(rules.stream().map(CatalogViews::view).toList(), null);
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("Price list " + id);
    }
}
