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
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.offerbridge.catalog.internal.CatalogCapability;
import org.offerbridge.catalog.internal.PriceListStore;
import org.offerbridge.catalog.internal.rest.CatalogViews.PriceListView;
import org.offerbridge.catalog.internal.rest.CatalogViews.RuleView;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.Page;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.RequiresCapability;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.databind.JsonNode;

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
    private static final Set<String> LIST_FIELDS = Set.of("name", "description", "discountPercent", "active");
    private static final Set<String> RULE_FIELDS = Set.of("sku", "minQuantity", "unitPrice", "discountPercent");

    private final PriceListStore store;

    @Activate
    public PriceListsResource(@Reference PriceListStore store) {
        this.store = store;
    }

    @GET
    @Path("price-lists")
    public Page<PriceListView> lists() {
        return new Page<>(store.lists().stream().map(CatalogViews::view).toList(), null);
    }

    @POST
    @Path("price-lists")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response createList(JsonNode body) {
        JsonFields f = new JsonFields(body, LIST_FIELDS);
        PriceListView v = CatalogViews.validated(() -> CatalogViews.view(
                store.create(f.text("name"), f.text("description"), f.decimal("discountPercent"), f.bool("active"))));
        return Response.created(URI.create("catalog/price-lists/" + v.id())).entity(v).build();
    }

    @GET
    @Path("price-lists/{id}")
    public PriceListView getList(@PathParam("id") String id) {
        return store.get(id).map(CatalogViews::view).orElseThrow(() -> notFound(id));
    }

    @PATCH
    @Path("price-lists/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public PriceListView updateList(@PathParam("id") String id, JsonNode body) {
        JsonFields f = new JsonFields(body, LIST_FIELDS);
        return CatalogViews.validated(() -> store.update(id, f.text("name"), f.text("description"),
                f.decimal("discountPercent"), f.bool("active"))).map(CatalogViews::view).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("price-lists/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response deleteList(@PathParam("id") String id) {
        if (!store.delete(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("price-lists/{id}/rules")
    public Page<RuleView> listRules(@PathParam("id") String id) {
        store.get(id).orElseThrow(() -> notFound(id));
        return rules(store.rules(id));
    }

    @POST
    @Path("price-lists/{id}/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response addListRule(@PathParam("id") String id, JsonNode body) {
        store.get(id).orElseThrow(() -> notFound(id));
        return addRule(id, body);
    }

    @DELETE
    @Path("price-lists/{id}/rules/{ruleId}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response deleteListRule(@PathParam("id") String id, @PathParam("ruleId") String ruleId) {
        if (!store.deleteRule(id, ruleId)) {
            throw ProblemException.notFound("Pricing rule " + ruleId);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("pricing-rules")
    public Page<RuleView> globalRules() {
        return rules(store.rules(null));
    }

    @POST
    @Path("pricing-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response addGlobalRule(JsonNode body) {
        return addRule(null, body);
    }

    @DELETE
    @Path("pricing-rules/{ruleId}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response deleteGlobalRule(@PathParam("ruleId") String ruleId) {
        if (!store.deleteRule(null, ruleId)) {
            throw ProblemException.notFound("Pricing rule " + ruleId);
        }
        return Response.noContent().build();
    }

    private Response addRule(String listId, JsonNode body) {
        JsonFields f = new JsonFields(body, RULE_FIELDS);
        RuleView v = CatalogViews.validated(() -> CatalogViews.view(store.addRule(listId, f.text("sku"),
                f.decimal("minQuantity"), f.decimal("unitPrice"), f.decimal("discountPercent"))));
        String base = listId == null ? "catalog/pricing-rules/" : "catalog/price-lists/" + listId + "/rules/";
        return Response.created(URI.create(base + v.id())).entity(v).build();
    }

    private static Page<RuleView> rules(List<org.offerbridge.catalog.api.PricingRule> rules) {
        return new Page<>(rules.stream().map(CatalogViews::view).toList(), null);
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("Price list " + id);
    }
}
