package org.offerbridge.quotation.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.Page;
import org.offerbridge.platform.api.rest.PageRequest;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.RequiresCapability;
import org.offerbridge.quotation.api.Order;
import org.offerbridge.quotation.api.QuoteService;
import org.offerbridge.quotation.internal.QuotationCapability;
import org.offerbridge.quotation.internal.rest.QuoteViews.OrderView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** /orders: the orders accepted quotes became, newest first. */
@Component(service = OrdersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(QuotationCapability.ID)
public class OrdersResource {
    private final QuoteService quotes;

    @Activate
    public OrdersResource(@Reference QuoteService quotes) {
        this.quotes = quotes;
    }

    @GET
    public Page<OrderView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        Page<Order> p = quotes.orders(PageRequest.of(limit, cursor));
        return new Page<>(p.items().stream().map(QuoteViews::view).toList(), p.nextCursor());
    }

    @GET
    @Path("{id}")
    public OrderView get(@PathParam("id") String id) {
        return quotes.order(id).map(QuoteViews::view).orElseThrow(() -> ProblemException.notFound("Order " + id));
    }
}
