package org.offerbridge.quotation.internal;

import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.UsageMeter;
import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.platform.api.rest.Page;
import org.offerbridge.platform.api.rest.PageRequest;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.Delivery;
import org.offerbridge.quotation.api.Order;
import org.offerbridge.quotation.api.Origin;
import org.offerbridge.quotation.api.PublicLink;
import org.offerbridge.quotation.api.Quote;
import org.offerbridge.quotation.api.QuoteChange;
import org.offerbridge.quotation.api.QuoteDocumentData;
import org.offerbridge.quotation.api.QuoteDocumentSource;
import org.offerbridge.quotation.api.QuoteDraft;
import org.offerbridge.quotation.api.QuoteService;
import org.offerbridge.quotation.api.QuoteSettings;
import org.offerbridge.quotation.api.QuoteStatus;
import org.offerbridge.quotation.api.Recipient;
import org.offerbridge.quotation.api.SendOptions;
import org.offerbridge.quotation.api.SentQuote;
import org.offerbridge.quotation.api.TimelineEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Quotes of the bound tenant, as one service over the parts that do the work: drafting, sending, approval, revisions,
 * orders, settings, the document and listing. Each part checks the caller's role itself, with the REST method's rule.
 */
@Component(service = {QuoteService.class, QuoteDocumentSource.class, QuoteServiceImpl.class})
public class QuoteServiceImpl implements QuoteService, QuoteDocumentSource {
    static final String UNIT = "(osgi.unit.name=offerbridge-quotation)";

    private final RequestContext context;
    private final QuoteStore store;
    private final QuoteSettingsStore settings;
    private final QuoteDrafting drafting;
    private final QuoteListing listing;
    private final QuoteSending sending;
    private final QuoteApproval approval;
    private final QuoteRevisions revisions;
    private final QuoteOrders orders;
    private final QuoteDocumentReader documents;
    /** Dynamic: intake also calls back into quotations (QuoteFromRequest), and a static reference both ways would be a cycle. */
    private volatile RequestInbox inbox;

    @Activate
    public QuoteServiceImpl(@Reference(target = UNIT) JpaTemplate jpa, @Reference RequestContext context,
            @Reference CatalogPricing pricing, @Reference WorkspaceSettings workspace, @Reference UsageMeter usage,
            @Reference CustomerDirectory customers, @Reference QuoteEventDispatch events,
            @Reference PublicLinks links, @Reference QuoteDeliveries deliveries, @Reference QuoteChannels channels,
            @Reference DeliveryDispatcher dispatcher) {
        TenantTransactions tx = new TenantTransactions(jpa, context);
        this.context = context;
        this.store = new QuoteStore(tx);
        this.settings = new QuoteSettingsStore(tx, context);
        this.drafting = new QuoteDrafting(store, context, pricing, workspace, usage, customers, events, settings);
        this.listing = new QuoteListing(store);
        this.sending = new QuoteSending(store, context, workspace, events, links, deliveries, channels, dispatcher);
        this.approval = new QuoteApproval(store, context, events);
        this.revisions = new QuoteRevisions(store, context, events);
        this.orders = new QuoteOrders(store);
        this.documents = new QuoteDocumentReader(store, context, workspace);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindInbox(RequestInbox requests) {
        this.inbox = requests;
    }

    void unbindInbox(RequestInbox requests) {
        if (inbox == requests) {
            inbox = null;
        }
    }

    @Override
    public Quote create(QuoteDraft draft, Origin origin) {
        return drafting.create(draft, origin);
    }

    @Override
    public Quote createFromRequest(String requestId, Origin origin) {
        context.require().requireRole(Role.SALES);
        // Confirming the request makes the quote (through QuoteFromRequest), so both ways leave the same state.
        RequestInbox requests = inbox;
        if (requests == null) {
            throw new ProblemException(503, "intake-unavailable", "Service unavailable", "Request intake is not available right now", null);
        }
        IntakeRequest confirmed = requests.confirm(requestId);
        if (confirmed.quoteId() == null) {
            throw ProblemException.conflict("The request was confirmed but made no quote");
        }
        return store.require(confirmed.quoteId());
    }

    /** For QuoteFromRequest, while intake confirms a request (intake checks who may confirm). */
    Quote createFromProposal(IntakeRequest request, Origin origin) {
        return drafting.createFromProposal(request, origin);
    }

    @Override
    public Optional<Quote> get(String id) {
        return store.get(id);
    }

    @Override
    public Page<Quote> list(QuoteStatus status, PageRequest page) {
        return listing.list(status, page);
    }

    @Override
    public Quote update(String id, QuoteChange change, Origin origin) {
        return drafting.update(id, change, origin);
    }

    @Override
    public SentQuote send(String id, List<Recipient> recipients, SendOptions options, Origin origin) {
        return sending.send(id, recipients, options, origin);
    }

    @Override
    public List<Delivery> deliveries(String quoteId) {
        return sending.deliveries(quoteId);
    }

    @Override
    public Delivery retryDelivery(String quoteId, String deliveryId, Origin origin) {
        return sending.retryDelivery(quoteId, deliveryId, origin);
    }

    @Override
    public Quote approve(String id, Origin origin) {
        return approval.approve(id, origin);
    }

    @Override
    public Quote revise(String id, Origin origin) {
        return revisions.revise(id, origin);
    }

    @Override
    public int expireDue(Origin origin) {
        return revisions.expireDue(origin);
    }

    /** For the expiry job, which names the tenant explicitly. */
    int expireDue(String tenantId, Origin origin) {
        return revisions.expireDue(tenantId, origin);
    }

    @Override
    public List<TimelineEvent> timeline(String id) {
        return listing.timeline(id);
    }

    @Override
    public List<PublicLink> links(String id) {
        return sending.links(id);
    }

    @Override
    public PublicLink revokeLink(String quoteId, String linkId, Origin origin) {
        return sending.revokeLink(quoteId, linkId, origin);
    }

    @Override
    public Optional<Order> order(String orderId) {
        return orders.order(orderId);
    }

    @Override
    public Page<Order> orders(PageRequest page) {
        return orders.orders(page);
    }

    @Override
    public QuoteSettings settings() {
        return settings.settings();
    }

    @Override
    public QuoteSettings updateSettings(QuoteSettings settings) {
        return this.settings.update(settings);
    }

    @Override
    public Optional<QuoteDocumentData> document(String quoteId) {
        return documents.document(quoteId);
    }
}
