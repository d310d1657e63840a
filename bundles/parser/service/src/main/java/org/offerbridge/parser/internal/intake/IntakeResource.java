package org.offerbridge.parser.internal.intake;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.parser.api.Span;
import org.offerbridge.parser.internal.ParserCapability;
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

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * REST over {@link RequestInbox}: POST /requests stores every inbound request first, then parses it into a draft
 * proposal linked to the customer; staff and integrations list, read, edit, re-parse, confirm or correct them.
 */
@Component(service = IntakeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("requests")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(ParserCapability.ID)
public class IntakeResource {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code items}: products the sender chose themselves (a request-for-quote form), with their options. */
    public record NewRequest(String channel, IntakeRequest.Sender sender, String text, List<IntakeRequest.Attachment> attachments,
            List<ItemBody> items) {
    }

    /** A chosen product in POST /requests. */
    public record ItemBody(String sku, BigDecimal quantity, Map<String, String> options) {
    }

    /** A catalog line in PUT /requests/{id}/proposal and POST /requests/{id}/review; {@code options} may be left out. */
    public record LineBody(String sku, BigDecimal quantity, Map<String, String> options) {
    }

    /** {@code options} only on a line with options. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProposalLineView(String kind, String sku, String name, BigDecimal quantity, String unit, String unitPrice,
            String currency, Double confidence, String text, List<Span> spans, Map<String, String> options) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestView(String id, String channel, IntakeRequest.Sender sender, String text,
            List<IntakeRequest.Attachment> attachments, String status, String failure, String language, String parser,
            String customerId, String receivedAt, String parsedAt, List<ProposalLineView> proposal, String quoteId, String conversationId) {
    }

    /** The staff's lines and unmatched items: the body of PUT /requests/{id}/proposal and POST /requests/{id}/review. */
    public record Proposal(List<LineBody> lines, List<RequestInbox.ItemEdit> unmatched, String note) {
        List<RequestInbox.LineEdit> edits() {
            return lines == null ? null : lines.stream().map(l -> l == null ? null : new RequestInbox.LineEdit(l.sku(), l.quantity(), l.options()))
                    .toList();
        }
    }

    /** One correction as exported: enough to turn into a parser test case. */
    public record CorrectionExport(String requestId, String channel, String language, String text, Object original,
            Object corrected, String note, String correctedBy, String correctedAt) {
    }

    private final RequestInbox inbox;

    @Activate
    public IntakeResource(@Reference RequestInbox inbox) {
        this.inbox = inbox;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SALES_NAME)
    public Response receive(NewRequest body) {
        IntakeRequest done = inbox.receive(body == null ? null
                : new RequestInbox.Inbound(body.channel(), body.sender(), body.text(), body.attachments(), null, items(body.items())));
        return Response.created(URI.create("requests/" + done.id())).entity(view(done)).build();
    }

    /**
     * Newest first; {@code status} filters (received, proposed, failed, confirmed, review), {@code channel} by the channel
     * it came by, {@code conversation} by the conversation it came from.
     */
    @GET
    public Page<RequestView> list(@QueryParam("status") String status, @QueryParam("channel") String channel,
            @QueryParam("conversation") String conversation, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return page.page(inbox.list(new RequestInbox.Filter(status, channel, conversation), page.after(), page.fetchSize()),
                IntakeRequest::id, IntakeResource::view);
    }

    @GET
    @Path("{id}")
    public RequestView get(@PathParam("id") String id) {
        return view(inbox.get(id).orElseThrow(() -> ProblemException.notFound("Request " + id)));
    }

    /** Replaces the proposal with the staff's lines (priced again) while it is proposed or in review. */
    @PUT
    @Path("{id}/proposal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SALES_NAME)
    public RequestView edit(@PathParam("id") String id, Proposal body) {
        Proposal p = FieldRules.body(body);
        return view(inbox.editProposal(id, p.edits(), p.unmatched()));
    }

    /** Parses the request again, e.g. after a failure or a catalog change; 409 once confirmed. */
    @POST
    @Path("{id}/reparse")
    @RolesAllowed(Role.SALES_NAME)
    public RequestView reparse(@PathParam("id") String id) {
        return view(inbox.reparse(id));
    }

    /** Confirms the proposal (a draft quote once the quotation capability exists). */
    @POST
    @Path("{id}/confirm")
    @RolesAllowed(Role.SALES_NAME)
    public RequestView confirm(@PathParam("id") String id) {
        return view(inbox.confirm(id));
    }

    /**
     * Marks a request for review with the staff's correction, which becomes the proposal; the original proposal
     * is kept beside it, and both can be exported to improve the parser.
     */
    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SALES_NAME)
    public RequestView review(@PathParam("id") String id, Proposal body) {
        Proposal p = FieldRules.body(body);
        return view(inbox.markForReview(id, p.edits(), p.unmatched(), p.note()));
    }

    /** Every correction of this workspace as JSON, oldest first (at most 10,000). */
    @GET
    @Path("corrections")
    public Response corrections() {
        List<CorrectionExport> out = inbox.corrections(10_000).stream().map(c -> new CorrectionExport(c.requestId(), c.channel(),
                c.language(), c.text(), tree(c.originalJson()), tree(c.correctedJson()), c.note(), c.correctedBy(),
                c.correctedAt().toString())).toList();
        return Response.ok(out).header("Content-Disposition", "attachment; filename=\"parser-corrections.json\"").build();
    }

    /** A null item becomes an empty one, so the rules name {@code items[i].sku}. */
    private static List<RequestInbox.ChosenItem> items(List<ItemBody> items) {
        return items == null ? null : items.stream().map(i -> i == null ? new RequestInbox.ChosenItem(null, null, null)
                : new RequestInbox.ChosenItem(i.sku(), i.quantity(), i.options())).toList();
    }

    private static Object tree(String json) {
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    private static RequestView view(IntakeRequest r) {
        List<ProposalLineView> lines = r.proposal() == null ? null : r.proposal().stream().map(l -> new ProposalLineView(l.kind(),
                l.sku(), l.name(), l.quantity(), l.unit(), l.unitPrice(), l.currency(), l.confidence(), l.text(),
                l.spans().isEmpty() ? null : l.spans(), l.options().isEmpty() ? null : l.options())).toList();
        return new RequestView(r.id(), r.channel(), r.sender(), r.text(), r.attachments(), r.status(), r.failure(), r.language(),
                r.parser(), r.customerId(), r.receivedAt().toString(), r.parsedAt() == null ? null : r.parsedAt().toString(), lines, r.quoteId(),
                r.conversationId());
    }
}
