package org.offerbridge.parser.internal.intake;

import java.math.BigDecimal;
import java.net.URI;
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

import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.parser.internal.CatalogParsing;
import org.offerbridge.parser.internal.MessageRules;
import org.offerbridge.parser.internal.ParserCapability;
import org.offerbridge.platform.api.QuotaExceededException;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.Page;
import org.offerbridge.platform.api.rest.PageRequest;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.RequiresCapability;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * POST /requests: every inbound request is stored first (committed on its own), then parsed against the
 * catalog into a draft proposal, and linked to the customer found or created by the sender's email or phone.
 * GET /requests and /requests/{id} let staff and integrations follow them.
 */
@Component(service = IntakeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("requests")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(ParserCapability.ID)
public class IntakeResource {
    private static final Logger LOG = LoggerFactory.getLogger(IntakeResource.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_ATTACHMENTS = 20;

    public record Sender(String name, String email, String phone) {
    }

    public record Attachment(String name, String contentType, Long size) {
    }

    public record NewRequest(String channel, Sender sender, String text, List<Attachment> attachments) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProposalLine(String kind, String sku, String name, BigDecimal quantity, String unit, String unitPrice,
            String currency, Double confidence, String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestView(String id, String channel, Sender sender, String text, List<Attachment> attachments,
            String status, String failure, String language, String customerId, String receivedAt, List<ProposalLine> proposal) {
    }

    public record CorrectedLine(String sku, BigDecimal quantity) {
    }

    public record CorrectedItem(String text, BigDecimal quantity) {
    }

    public record Review(List<CorrectedLine> lines, List<CorrectedItem> unmatched, String note) {
    }

    /** One correction as exported: enough to turn into a parser test case. */
    public record CorrectionExport(String requestId, String channel, String language, String text, Object original,
            Object corrected, String note, String correctedBy, String correctedAt) {
    }

    private final RequestStore store;
    private final CatalogParsing parsing;
    private final RequestContext context;
    private volatile CustomerDirectory customers;

    @Activate
    public IntakeResource(@Reference RequestStore store, @Reference CatalogParsing parsing, @Reference RequestContext context) {
        this.store = store;
        this.parsing = parsing;
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindCustomers(CustomerDirectory directory) {
        this.customers = directory;
    }

    void unbindCustomers(CustomerDirectory directory) {
        if (customers == directory) {
            customers = null;
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SALES_NAME)
    public Response receive(NewRequest body) {
        RequestStore.Inbound in = validate(body);
        IntakeRequestEntity stored = store.receive(in);
        IntakeRequestEntity done;
        try {
            CatalogParsing.Answer answer = parsing.parse(in.text());
            done = store.propose(stored.id, answer, customerFor(in));
        } catch (QuotaExceededException e) {
            store.fail(stored.id, e.getMessage());
            done = store.get(stored.id).orElseThrow();
        } catch (RuntimeException e) {
            // kept as received: staff can still read it and retry; the details go to the log only
            LOG.warn("Parsing request {} failed", stored.id, e);
            store.fail(stored.id, "The request could not be parsed; it is kept as received");
            done = store.get(stored.id).orElseThrow();
        }
        return Response.created(URI.create("requests/" + done.id)).entity(view(done, store.proposal(done.id))).build();
    }

    @GET
    public Page<RequestView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        List<IntakeRequestEntity> rows = store.list(page.after(), page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<RequestView> items = rows.stream().limit(page.limit()).map(r -> view(r, null)).toList();
        return new Page<>(items, more ? PageRequest.cursorAfter(items.get(items.size() - 1).id()) : null);
    }

    @GET
    @Path("{id}")
    public RequestView get(@PathParam("id") String id) {
        IntakeRequestEntity r = store.get(id).orElseThrow(() -> ProblemException.notFound("Request " + id));
        return view(r, store.proposal(r.id));
    }

    /** Confirms the proposal (a draft quote once the quotation capability exists). */
    @POST
    @Path("{id}/confirm")
    @RolesAllowed(Role.SALES_NAME)
    public RequestView confirm(@PathParam("id") String id) {
        decided(id, store.confirm(id), "Only a proposed or reviewed request can be confirmed");
        return get(id);
    }

    /**
     * Marks a request for review with the staff's correction; the original proposal is kept beside it, and
     * both can be exported to improve the parser.
     */
    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SALES_NAME)
    public RequestView review(@PathParam("id") String id, Review body) {
        if (body == null) {
            throw ProblemException.invalid("body", "A JSON body is required");
        }
        List<CorrectedLine> lines = body.lines() == null ? List.of() : body.lines();
        for (int i = 0; i < lines.size(); i++) {
            CorrectedLine l = lines.get(i);
            if (l == null || l.sku() == null || l.sku().isBlank() || l.sku().length() > 64) {
                throw ProblemException.invalid("lines[" + i + "].sku", "each line needs a SKU");
            }
            if (l.quantity() == null || l.quantity().signum() <= 0) {
                throw ProblemException.invalid("lines[" + i + "].quantity", "quantity must be above 0");
            }
        }
        List<CorrectedItem> unmatched = body.unmatched() == null ? List.of() : body.unmatched();
        for (int i = 0; i < unmatched.size(); i++) {
            if (unmatched.get(i) == null || unmatched.get(i).text() == null || unmatched.get(i).text().isBlank()) {
                throw ProblemException.invalid("unmatched[" + i + "].text", "each unmatched item needs its text");
            }
        }
        String note = optional("note", body.note(), 1000);
        IntakeRequestEntity r = store.get(id).orElseThrow(() -> ProblemException.notFound("Request " + id));
        try {
            String original = JSON.writeValueAsString(view(r, store.proposal(r.id)).proposal());
            String corrected = JSON.writeValueAsString(new Review(lines, unmatched, null));
            decided(id, store.markForReview(id, original, corrected, note, context.require().actor()),
                    "A confirmed request can no longer be marked for review");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return get(id);
    }

    /** Every correction of this workspace as JSON, oldest first (at most 10,000). */
    @GET
    @Path("corrections")
    public Response corrections() {
        List<CorrectionExport> out = store.corrections(10_000).stream().map(row -> {
            CorrectionEntity c = (CorrectionEntity) row[0];
            IntakeRequestEntity r = (IntakeRequestEntity) row[1];
            return new CorrectionExport(r.id, r.channel, r.language, r.text, tree(c.original), tree(c.corrected), c.note,
                    c.correctedBy, Instant.ofEpochMilli(c.createdAt).toString());
        }).toList();
        return Response.ok(out).header("Content-Disposition", "attachment; filename=\"parser-corrections.json\"").build();
    }

    private static Object tree(String json) {
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    private static void decided(String id, RequestStore.Decision decision, String conflict) {
        if (decision == RequestStore.Decision.NOT_FOUND) {
            throw ProblemException.notFound("Request " + id);
        }
        if (decision == RequestStore.Decision.WRONG_STATE) {
            throw ProblemException.conflict(conflict);
        }
    }

    private String customerFor(RequestStore.Inbound in) {
        CustomerDirectory directory = customers;
        if (directory == null || (in.senderEmail() == null && in.senderPhone() == null)) {
            return null;
        }
        try {
            return directory.findOrCreateByContact(in.senderName(), in.senderEmail(), in.senderPhone()).id();
        } catch (RuntimeException e) {
            LOG.info("Request not linked to a customer card: {}", e.getMessage());
            return null;
        }
    }

    private static RequestStore.Inbound validate(NewRequest body) {
        if (body == null) {
            throw ProblemException.invalid("body", "A JSON body is required");
        }
        String channel = body.channel() == null ? "api" : body.channel().strip().toLowerCase(Locale.ROOT);
        MessageRules.requireKnownChannel(channel);
        if (body.text() == null || body.text().isBlank()) {
            throw ProblemException.invalid("text", "text is required");
        }
        MessageRules.requireWithinLimit(body.text());
        Sender s = body.sender() == null ? new Sender(null, null, null) : body.sender();
        String name = optional("sender.name", s.name(), 200);
        String email = optional("sender.email", s.email(), 254);
        if (email != null && (!email.contains("@") || email.contains(" "))) {
            throw ProblemException.invalid("sender.email", "sender.email is not an email address");
        }
        String phone = optional("sender.phone", s.phone(), 40);
        if (phone != null && phone.chars().filter(Character::isDigit).count() < 5) {
            throw ProblemException.invalid("sender.phone", "sender.phone needs at least 5 digits");
        }
        List<Attachment> attachments = body.attachments() == null ? List.of() : body.attachments();
        if (attachments.size() > MAX_ATTACHMENTS) {
            throw ProblemException.invalid("attachments", "at most " + MAX_ATTACHMENTS + " attachments");
        }
        for (int i = 0; i < attachments.size(); i++) {
            Attachment a = attachments.get(i);
            if (a == null || a.name() == null || a.name().isBlank() || a.name().length() > 200) {
                throw ProblemException.invalid("attachments[" + i + "].name", "each attachment needs a name of at most 200 characters");
            }
            if (a.size() != null && a.size() < 0) {
                throw ProblemException.invalid("attachments[" + i + "].size", "size must not be negative");
            }
        }
        try {
            return new RequestStore.Inbound(channel, name, email == null ? null : email.toLowerCase(Locale.ROOT), phone,
                    body.text(), attachments.isEmpty() ? null : JSON.writeValueAsString(attachments));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw ProblemException.invalid(field, field + " must be at most " + max + " characters");
        }
        return value.strip();
    }

    private static RequestView view(IntakeRequestEntity r, List<ProposalLineEntity> proposal) {
        List<Attachment> attachments = null;
        if (r.attachments != null) {
            try {
                attachments = List.of(JSON.readValue(r.attachments, Attachment[].class));
            } catch (JsonProcessingException e) {
                attachments = List.of();
            }
        }
        List<ProposalLine> lines = proposal == null ? null : proposal.stream().map(l -> new ProposalLine(l.kind, l.sku, l.name,
                l.quantity == null ? null : l.quantity.stripTrailingZeros(), l.unit, l.unitPrice, l.currency,
                l.kind.equals("line") ? l.confidence : null, l.source)).toList();
        return new RequestView(r.id, r.channel, new Sender(r.senderName, r.senderEmail, r.senderPhone), r.text, attachments,
                r.status, r.failure, r.language, r.customerId, Instant.ofEpochMilli(r.receivedAt).toString(), lines);
    }
}
