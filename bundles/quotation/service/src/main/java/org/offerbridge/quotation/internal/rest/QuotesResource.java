package org.offerbridge.quotation.internal.rest;

import java.net.URI;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.net.ClientAddresses;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.Page;
import org.offerbridge.platform.api.rest.PageRequest;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.RequiresCapability;
import org.offerbridge.quotation.api.QuoteDocumentData;
import org.offerbridge.quotation.api.QuoteDocumentSource;
import org.offerbridge.quotation.api.QuotePdfWriter;
import org.offerbridge.quotation.api.QuoteService;
import org.offerbridge.quotation.api.QuoteStatus;
import org.offerbridge.quotation.api.SendOptions;
import org.offerbridge.quotation.api.SentQuote;
import org.offerbridge.quotation.internal.QuotationCapability;
import org.offerbridge.quotation.internal.rest.QuoteViews.DeliveryView;
import org.offerbridge.quotation.internal.rest.QuoteViews.EventView;
import org.offerbridge.quotation.internal.rest.QuoteViews.LinkView;
import org.offerbridge.quotation.internal.rest.QuoteViews.QuoteView;
import org.offerbridge.quotation.internal.rest.QuoteViews.SettingsView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** /quotes: staff and integrations create, change, send, approve and revise quotes. Reading needs any role, changes sales. */
@Component(service = QuotesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("quotes")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(QuotationCapability.ID)
public class QuotesResource {
    private final QuoteService quotes;
    private final Origins origins;
    private final QuoteDocumentSource documents;
    private final RequestContext context;
    private volatile QuotePdfWriter pdf;

    @Context
    HttpServletRequest request;

    @Activate
    public QuotesResource(@Reference QuoteService quotes, @Reference QuoteDocumentSource documents,
            @Reference ClientAddresses addresses, @Reference RequestContext context) {
        this.quotes = quotes;
        this.documents = documents;
        this.origins = new Origins(addresses);
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindPdf(QuotePdfWriter writer) {
        this.pdf = writer;
    }

    void unbindPdf(QuotePdfWriter writer) {
        if (pdf == writer) {
            pdf = null;
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SALES_NAME)
    public Response create(QuoteBodies.Create body) {
        QuoteBodies.Create b = FieldRules.body(body);
        QuoteView created;
        String fromRequest = FieldRules.text("fromRequest", b.fromRequest(), 80);
        if (fromRequest != null) {
            if (b.lines() != null || b.customer() != null || b.customerId() != null) {
                throw ProblemException.invalid("fromRequest", "fromRequest takes lines and customer from the request; send neither");
            }
            created = QuoteViews.view(quotes.createFromRequest(fromRequest, origins.of(request)));
        } else {
            created = QuoteViews.view(quotes.create(b.draft(), origins.of(request)));
        }
        return Response.created(URI.create("quotes/" + created.id())).entity(created).build();
    }

    @GET
    public Page<QuoteView> list(@QueryParam("status") String status, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        QuoteStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = QuoteStatus.of(status);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("status", "status must be one of draft, sent, viewed, accepted, rejected, expired, superseded");
            }
        }
        Page<org.offerbridge.quotation.api.Quote> p = quotes.list(s, page);
        return new Page<>(p.items().stream().map(QuoteViews::view).toList(), p.nextCursor());
    }

    @GET
    @Path("settings")
    public SettingsView settings() {
        return QuoteViews.view(quotes.settings());
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public SettingsView updateSettings(QuoteBodies.Settings body) {
        return QuoteViews.view(quotes.updateSettings(FieldRules.body(body).applyTo(quotes.settings())));
    }

    @GET
    @Path("{id}")
    public QuoteView get(@PathParam("id") String id) {
        return quotes.get(id).map(QuoteViews::view).orElseThrow(() -> ProblemException.notFound("Quote " + id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SALES_NAME)
    public QuoteView update(@PathParam("id") String id, QuoteBodies.Change body) {
        return QuoteViews.view(quotes.update(id, FieldRules.body(body).change(), origins.of(request)));
    }

    @POST
    @Path("{id}/send")
    @RolesAllowed(Role.SALES_NAME)
    public QuoteView send(@PathParam("id") String id, QuoteBodies.Send body) {
        // the body is optional: without one, the quote goes to its customer on the default channel
        SentQuote sent = body == null ? quotes.send(id, null, SendOptions.DEFAULT, origins.of(request))
                : quotes.send(id, body.recipients(), body.options(), origins.of(request));
        return QuoteViews.view(sent.quote(), sent.links().get(0).url(), sent.links(), sent.deliveries());
    }

    @GET
    @Path("{id}/deliveries")
    public List<DeliveryView> deliveries(@PathParam("id") String id) {
        return quotes.deliveries(id).stream().map(QuoteViews::view).toList();
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/retry")
    @RolesAllowed(Role.SALES_NAME)
    public DeliveryView retry(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        return QuoteViews.view(quotes.retryDelivery(id, deliveryId, origins.of(request)));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Role.ADMIN_NAME)
    public QuoteView approve(@PathParam("id") String id) {
        return QuoteViews.view(quotes.approve(id, origins.of(request)));
    }

    @POST
    @Path("{id}/revise")
    @RolesAllowed(Role.SALES_NAME)
    public Response revise(@PathParam("id") String id) {
        QuoteView revised = QuoteViews.view(quotes.revise(id, origins.of(request)));
        return Response.created(URI.create("quotes/" + revised.id())).entity(revised).build();
    }

    @GET
    @Path("{id}/timeline")
    public List<EventView> timeline(@PathParam("id") String id) {
        return quotes.timeline(id).stream().map(QuoteViews::view).toList();
    }

    @GET
    @Path("{id}/links")
    public List<LinkView> links(@PathParam("id") String id) {
        return quotes.links(id).stream().map(QuoteViews::view).toList();
    }

    @POST
    @Path("{id}/links/{linkId}/revoke")
    @RolesAllowed(Role.SALES_NAME)
    public LinkView revoke(@PathParam("id") String id, @PathParam("linkId") String linkId) {
        return QuoteViews.view(quotes.revokeLink(id, linkId, origins.of(request)));
    }

    /** The quote as PDF, where a PDF capability registered a {@link QuotePdfWriter}; 503 otherwise. */
    @GET
    @Path("{id}/pdf")
    @Produces({"application/pdf", "application/problem+json"})
    public Response pdf(@PathParam("id") String id) {
        QuoteDocumentData doc = documents.document(id).orElseThrow(() -> ProblemException.notFound("Quote " + id));
        return PdfDownload.of(pdf, doc, context.require().tenantId()).build();
    }

    @POST
    @Path("expire-due")
    @RolesAllowed(Role.ADMIN_NAME)
    public ExpiredView expireDue() {
        return new ExpiredView(quotes.expireDue(origins.of(request)));
    }

    record ExpiredView(int expired) {
    }
}
