package org.offerbridge.parser.internal.intake;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.parser.api.ConfirmedRequestHandler;
import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.parser.internal.CatalogParsing;
import org.offerbridge.parser.internal.MessageRules;
import org.offerbridge.platform.api.QuotaExceededException;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.SystemMessageLog;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.admin.AuditTrail;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.persistence.WriteConflicts;
import org.offerbridge.platform.api.rest.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Intake for the bound tenant: requests are stored first, then parsed into a proposal; staff edit, re-parse,
 * confirm or correct it. Customers, system messages and the audit trail are optional features.
 */
@Component(service = RequestInbox.class)
public class RequestInboxImpl implements RequestInbox {
    private static final Logger LOG = LoggerFactory.getLogger(RequestInboxImpl.class);
    static final String SOURCE = "parser";

    private final RequestStore store;
    private final CatalogParsing parsing;
    private final RequestContext context;
    private volatile CustomerDirectory customers;
    private volatile SystemMessageLog messages;
    private volatile AuditTrail audit;
    private volatile ConfirmedRequestHandler handler;
    private static final String CONFIRM_CONFLICT = "Only a proposed or reviewed request can be confirmed";
    private static final List<String> STATUSES = RequestStore.STATUSES.stream().sorted().toList();
    private static final int MAX_STATUS = 20;
    private static final int MAX_SOURCE_KEY = 100;

    @Activate
    public RequestInboxImpl(@Reference RequestStore store, @Reference CatalogParsing parsing, @Reference RequestContext context) {
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

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindMessages(SystemMessageLog log) {
        this.messages = log;
    }

    void unbindMessages(SystemMessageLog log) {
        if (messages == log) {
            messages = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindAudit(AuditTrail trail) {
        this.audit = trail;
    }

    void unbindAudit(AuditTrail trail) {
        if (audit == trail) {
            audit = null;
        }
    }

    /** Where the quotation capability is installed, confirming makes a draft quote. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindHandler(ConfirmedRequestHandler h) {
        this.handler = h;
    }

    void unbindHandler(ConfirmedRequestHandler h) {
        if (handler == h) {
            handler = null;
        }
    }

    @Override
    public IntakeRequest receive(Inbound inbound) {
        requireStaff();
        RequestStore.Inbound in = InboundRules.inbound(inbound);
        IntakeRequestEntity stored = store.receive(in);
        parseInto(stored.id, in.text(), in.items(), customerFor(in), Set.of(RequestStore.RECEIVED));
        return require(stored.id);
    }

    @Override
    public Optional<IntakeRequest> intake(Inbound inbound, String sourceKey) {
        requireStaff();
        String key = FieldRules.requiredText("sourceKey", sourceKey, MAX_SOURCE_KEY);
        RequestStore.Inbound in = InboundRules.inbound(inbound);
        Optional<String> made = store.requestOf(key);
        if (made.isPresent()) {
            Optional<IntakeRequest> earlier = get(made.get());
            // stored by a run that stopped before its parse: parse it now
            return earlier.map(r -> IntakeRequest.RECEIVED.equals(r.status()) ? reparse(r.id()) : r);
        }
        // a message with chosen products is a request of its own; a text follow-up joins the open one
        if (in.conversationId() != null && in.items().isEmpty()) {
            Optional<IntakeRequestEntity> open = store.openIn(in.conversationId());
            Optional<String> whole = open.flatMap(r -> store.append(r.id, in.text(), key, MessageRules.MAX_TEXT));
            if (whole.isPresent()) {
                String id = open.get().id;
                parseInto(id, whole.get(), IntakeViews.items(open.get().items), null,
                        Set.of(RequestStore.RECEIVED, RequestStore.FAILED, RequestStore.PROPOSED, RequestStore.REVIEW));
                record("request.followUp", id, "source=" + key);
                return Optional.of(require(id));
            }
        }
        CatalogParsing.Answer answer;
        try {
            answer = answer(in.text(), in.items());
        } catch (RuntimeException e) {
            answer = null; // the request is made, and parsing it again records the failure as receive() does
        }
        if (answer != null && answer.lines().isEmpty() && answer.unmatched().isEmpty() && in.items().isEmpty()) {
            return Optional.empty();
        }
        IntakeRequestEntity stored;
        try {
            stored = store.receive(in, key);
        } catch (RuntimeException e) {
            if (!WriteConflicts.isUniqueViolation(e)) {
                throw e;
            }
            // another node took the same message at the same moment: its request is the one
            return store.requestOf(key).flatMap(this::get);
        }
        String customer = customerFor(in);
        if (answer == null) {
            parseInto(stored.id, in.text(), in.items(), customer, Set.of(RequestStore.RECEIVED));
        } else {
            decided(stored.id, store.propose(stored.id, answer, customer, Set.of(RequestStore.RECEIVED)),
                    "The request changed while it was parsed; try again");
        }
        return Optional.of(require(stored.id));
    }

    @Override
    public List<IntakeRequest> list(String status, String beforeId, int limit) {
        return list(status, null, beforeId, limit);
    }

    @Override
    public List<IntakeRequest> list(String status, String conversationId, String beforeId, int limit) {
        return list(new Filter(status, null, conversationId), beforeId, limit);
    }

    @Override
    public List<IntakeRequest> list(Filter filter, String beforeId, int limit) {
        Filter f = checked(filter);
        return store.list(f.status(), f.channel(), f.conversationId(), beforeId, Math.max(1, Math.min(limit, 500))).stream()
                .map(r -> IntakeViews.request(r, null)).toList();
    }

    @Override
    public long count(String status) {
        return count(new Filter(status, null, null));
    }

    @Override
    public long count(Filter filter) {
        Filter f = checked(filter);
        return store.count(f.status(), f.channel(), f.conversationId());
    }

    /** The filter with each part checked (a 400 naming status, channel or conversation); null takes everything. */
    private static Filter checked(Filter filter) {
        Filter f = filter == null ? Filter.ALL : filter;
        return new Filter(status(f.status()), f.channel() == null || f.channel().isBlank() ? null
                : MessageRules.channel(f.channel().strip().toLowerCase(java.util.Locale.ROOT)),
                FieldRules.text("conversation", f.conversationId(), InboundRules.MAX_CONVERSATION_ID));
    }

    @Override
    public Optional<IntakeRequest> get(String id) {
        return store.get(id).map(r -> IntakeViews.request(r, store.proposal(r.id)));
    }

    @Override
    public int purge(java.util.Collection<String> ids) {
        context.require(); // the bound workspace's requests only
        return ids.isEmpty() ? 0 : store.purge(ids);
    }

    @Override
    public IntakeRequest reparse(String id) {
        requireStaff();
        IntakeRequestEntity r = store.get(id).orElseThrow(() -> ProblemException.notFound("Request " + id));
        if (r.status.equals(RequestStore.CONFIRMED)) {
            throw ProblemException.conflict("A confirmed request is not parsed again");
        }
        parseInto(id, r.text, IntakeViews.items(r.items), null,
                Set.of(RequestStore.RECEIVED, RequestStore.FAILED, RequestStore.PROPOSED, RequestStore.REVIEW));
        record("request.reparsed", id, "");
        return require(id);
    }

    @Override
    public IntakeRequest editProposal(String id, List<LineEdit> lines, List<ItemEdit> unmatched) {
        requireStaff();
        List<CatalogParsing.Line> priced = priced(InboundRules.lines(lines));
        List<CatalogParsing.Unmatched> items = items(InboundRules.items(unmatched));
        decided(id, store.edit(id, priced, items), "Only a proposed request or one in review can be edited");
        record("request.edited", id, "lines=" + priced.size() + " unmatched=" + items.size());
        return require(id);
    }

    @Override
    public IntakeRequest confirm(String id) {
        requireStaff();
        IntakeRequest r = require(id);
        if (!r.status().equals(RequestStore.PROPOSED) && !r.status().equals(RequestStore.REVIEW)) {
            throw ProblemException.conflict(CONFIRM_CONFLICT);
        }
        ConfirmedRequestHandler h = handler;
        String quoteId = h == null ? null : h.requestConfirmed(r);
        RequestStore.Decision d;
        try {
            d = store.confirm(id, quoteId);
        } catch (RuntimeException e) {
            // rolled back (e.g. a request event listener refused): the draft quote goes too
            try {
                undo(h, r, quoteId);
            } catch (RuntimeException undoFailed) {
                e.addSuppressed(undoFailed);
            }
            throw e;
        }
        if (d != RequestStore.Decision.DONE) {
            undo(h, r, quoteId);
        }
        decided(id, d, CONFIRM_CONFLICT);
        record("request.confirmed", id, quoteId == null ? "" : "quote=" + quoteId);
        return require(id);
    }

    private static void undo(ConfirmedRequestHandler h, IntakeRequest r, String quoteId) {
        if (quoteId != null) {
            h.confirmFailed(r, quoteId);
        }
    }

    @Override
    public IntakeRequest markForReview(String id, List<LineEdit> lines, List<ItemEdit> unmatched, String note) {
        String actor = requireStaff().actor();
        List<LineEdit> checkedLines = InboundRules.lines(lines);
        List<ItemEdit> checkedItems = InboundRules.items(unmatched);
        String checkedNote = InboundRules.note(note);
        store.get(id).orElseThrow(() -> ProblemException.notFound("Request " + id));
        List<CatalogParsing.Line> priced = priced(checkedLines);
        String corrected = IntakeViews.json(Map.of("lines", checkedLines, "unmatched", checkedItems));
        decided(id, store.markForReview(id, corrected, checkedNote, actor, priced, items(checkedItems)),
                "A confirmed request can no longer be marked for review");
        record("request.marked-for-review", id, "lines=" + priced.size() + " unmatched=" + checkedItems.size());
        return require(id);
    }

    @Override
    public List<Correction> corrections(int limit) {
        return store.corrections(Math.max(1, Math.min(limit, 10_000))).stream().map(row -> {
            CorrectionEntity c = (CorrectionEntity) row[0];
            IntakeRequestEntity r = (IntakeRequestEntity) row[1];
            return new Correction(r.id, r.channel, r.language, r.text, c.original, c.corrected, c.note, c.correctedBy,
                    java.time.Instant.ofEpochMilli(c.createdAt));
        }).toList();
    }

    /**
     * Taking in, parsing and deciding on requests needs sales or above, whoever calls: the same rule as
     * {@code @RolesAllowed} on the REST methods. Reading does not.
     */
    private TenantPrincipal requireStaff() {
        return context.require().requireRole(Role.SALES);
    }

    /**
     * The proposal of a text and the sender's chosen products: the products' lines, then what the text asks for beyond
     * them. A request without text is not parsed (and counts no parse).
     */
    private CatalogParsing.Answer answer(String text, List<ChosenItem> items) {
        CatalogParsing.Answer fromText = text == null || text.isBlank() ? null : parsing.parse(text);
        if (items.isEmpty()) {
            return fromText != null ? fromText : new CatalogParsing.Answer(null, List.of(), List.of(), CatalogParsing.BUILTIN);
        }
        return CatalogParsing.withChosen(parsing.chosen(items), fromText);
    }

    /** Parses and stores the proposal; a failure leaves the request failed, kept as received, with a system message. */
    private void parseInto(String id, String text, List<ChosenItem> items, String customerId, Set<String> from) {
        try {
            CatalogParsing.Answer answer = answer(text, items);
            decided(id, store.propose(id, answer, customerId, from), "The request changed while it was parsed; try again");
        } catch (QuotaExceededException e) {
            store.fail(id, e.getMessage());
            report(SystemMessageLog.Severity.WARNING, "Request " + id + " was kept unparsed: " + e.getMessage());
        } catch (ProblemException | RequestEventDispatch.Refused e) {
            // a refused event rolled the proposal back: that is no parse failure, and the caller sees it
            throw e;
        } catch (RuntimeException e) {
            // kept as received: staff can still read it and re-parse; the details go to the log only
            LOG.warn("Parsing request {} failed", id, e);
            store.fail(id, "The request could not be parsed; it is kept as received");
            report(SystemMessageLog.Severity.ERROR, "Request " + id + " could not be parsed (" + e.getClass().getSimpleName()
                    + "); it is kept as received and can be parsed again from the request");
        }
    }

    private List<CatalogParsing.Line> priced(List<LineEdit> lines) {
        return lines.isEmpty() ? List.of() : parsing.staffLines(lines);
    }

    private static List<CatalogParsing.Unmatched> items(List<ItemEdit> items) {
        return items.stream().map(u -> new CatalogParsing.Unmatched(u.text().strip(), u.quantity(), List.of())).toList();
    }

    private IntakeRequest require(String id) {
        return get(id).orElseThrow(() -> ProblemException.notFound("Request " + id));
    }

    private static String status(String status) {
        String s = FieldRules.text("status", status, MAX_STATUS);
        return s == null ? null : FieldRules.oneOf("status", s.toLowerCase(Locale.ROOT), STATUSES);
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

    private void report(SystemMessageLog.Severity severity, String message) {
        SystemMessageLog log = messages;
        if (log != null) {
            try {
                log.report(context.require().tenantId(), severity, SOURCE, message);
            } catch (RuntimeException e) {
                LOG.warn("Could not record a system message: {}", e.getMessage());
            }
        }
    }

    private void record(String action, String id, String detail) {
        AuditTrail trail = audit;
        if (trail != null) {
            try {
                trail.record(action, "request " + id, detail);
            } catch (RuntimeException e) {
                LOG.warn("Could not record {} in the audit trail: {}", action, e.getMessage());
            }
        }
    }
}
