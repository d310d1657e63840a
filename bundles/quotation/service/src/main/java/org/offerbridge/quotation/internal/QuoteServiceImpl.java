package org.offerbridge.quotation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.customers.api.Customer;
import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.ProposalLine;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.platform.api.Quota;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
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
import org.offerbridge.quotation.api.QuoteCustomer;
import org.offerbridge.quotation.api.QuoteDocumentData;
import org.offerbridge.quotation.api.QuoteDocumentSource;
import org.offerbridge.quotation.api.QuoteDraft;
import org.offerbridge.quotation.api.QuoteLine;
import org.offerbridge.quotation.api.QuoteSender;
import org.offerbridge.quotation.api.QuoteService;
import org.offerbridge.quotation.api.QuoteSettings;
import org.offerbridge.quotation.api.QuoteStatus;
import org.offerbridge.quotation.api.Recipient;
import org.offerbridge.quotation.api.SendOptions;
import org.offerbridge.quotation.api.SentQuote;
import org.offerbridge.quotation.api.TimelineEvent;
import org.offerbridge.quotation.api.Totals;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Quotes of the bound tenant: every operation is one transaction of the quotation unit, scoped by multitenancy. */
@Component(service = {QuoteService.class, QuoteDocumentSource.class, QuoteServiceImpl.class})
public class QuoteServiceImpl implements QuoteService, QuoteDocumentSource {
    static final String UNIT = "(osgi.unit.name=offerbridge-quotation)";
    /** The default channel when the workspace has it set up. */
    static final String EMAIL = "email";

    private final TenantTransactions tx;
    private final RequestContext context;
    private final CatalogPricing pricing;
    private final WorkspaceSettings workspace;
    private final UsageMeter usage;
    private final CustomerDirectory customers;
    /** Dynamic: intake also calls back into quotations (QuoteFromRequest), and a static reference both ways would be a cycle. */
    private volatile RequestInbox inbox;
    private final QuoteEventDispatch events;
    private final PublicLinks links;
    private final QuoteDeliveries deliveries;
    private final QuoteChannels channels;
    private final DeliveryDispatcher dispatcher;

    @Activate
    public QuoteServiceImpl(@Reference(target = UNIT) JpaTemplate jpa, @Reference RequestContext context,
            @Reference CatalogPricing pricing, @Reference WorkspaceSettings workspace, @Reference UsageMeter usage,
            @Reference CustomerDirectory customers, @Reference QuoteEventDispatch events,
            @Reference PublicLinks links, @Reference QuoteDeliveries deliveries, @Reference QuoteChannels channels,
            @Reference DeliveryDispatcher dispatcher) {
        this.deliveries = deliveries;
        this.channels = channels;
        this.dispatcher = dispatcher;
        this.tx = new TenantTransactions(jpa, context);
        this.context = context;
        this.pricing = pricing;
        this.workspace = workspace;
        this.usage = usage;
        this.customers = customers;
        this.events = events;
        this.links = links;
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
        if (draft == null) {
            throw ProblemException.invalid("body", "A JSON object is required");
        }
        QuoteCustomer customer = customer(draft.customerId(), draft.customer());
        return create(draft, customer, null, null, origin);
    }

    @Override
    public Quote createFromRequest(String requestId, Origin origin) {
        // Confirming the request makes the quote (through QuoteFromRequest), so both ways leave the same state.
        RequestInbox requests = inbox;
        if (requests == null) {
            throw new ProblemException(503, "intake-unavailable", "Service unavailable", "Request intake is not available right now", null);
        }
        IntakeRequest confirmed = requests.confirm(requestId);
        if (confirmed.quoteId() == null) {
            throw ProblemException.conflict("The request was confirmed but made no quote");
        }
        return require(confirmed.quoteId());
    }

    /** A draft from a request's proposal lines, for QuoteFromRequest while the request is being confirmed. */
    Quote createFromProposal(IntakeRequest r, Origin origin) {
        List<QuoteDraft.LineInput> lines = r.proposal() == null ? List.of() : r.proposal().stream()
                .filter(l -> ProposalLine.LINE.equals(l.kind()) && l.sku() != null && l.quantity() != null && l.quantity().signum() > 0)
                .map(l -> new QuoteDraft.LineInput(l.sku(), l.quantity(), null)).toList();
        QuoteCustomer customer = null;
        if (r.customerId() != null) {
            customer = customers.get(r.customerId()).map(QuoteServiceImpl::snapshot).orElse(null);
        }
        if (customer == null) {
            IntakeRequest.Sender s = r.sender();
            String name = s == null ? null : QuoteInputs.firstNonBlank(s.name(), s.email(), s.phone());
            customer = new QuoteCustomer(null, name == null ? "Customer" : name, s == null ? null : s.email(), s == null ? null : s.phone());
        }
        // the language the message was written in, unless the customer's card says otherwise
        String detected = QuoteInputs.detectedLocale(r.language());
        // the currency the proposal was priced in, so a catalog priced unlike the workspace still quotes
        String currency = r.proposal() == null ? null : r.proposal().stream().filter(l -> ProposalLine.LINE.equals(l.kind()))
                .map(ProposalLine::currency).filter(c -> c != null && !c.isBlank()).findFirst().orElse(null);
        return create(new QuoteDraft(null, customer, currency, lines, null, null, null), customer, r.id(), detected, origin);
    }

    /**
     * @param fallbackLocale the quote's language when the draft names none and the customer's card has none
     */
    private Quote create(QuoteDraft draft, QuoteCustomer customer, String requestId, String fallbackLocale, Origin origin) {
        TenantPrincipal by = context.require();
        QuoteSettings settings = settings();
        String currency = currency(draft.currency());
        boolean inclusive = draft.pricesIncludeTax() != null ? draft.pricesIncludeTax() : settings.pricesIncludeTax();
        LocalDate validUntil = QuoteInputs.validUntil(draft.validUntil(), settings);
        String locale = QuoteInputs.locale(draft.locale());
        List<CatalogPricing.Priced> priced = pricing.price(draft.lines(), currency, settings.defaultTaxRate());
        usage.consume(Quota.QUOTES_PER_MONTH, 1);
        List<QuoteEventDispatch.Event> done = new ArrayList<>();
        String id;
        try {
            // the card only once everything else is valid, so a refused quote leaves no new customer behind
            QuoteCustomer buyer = withCard(customer);
            String language = locale != null ? locale : cardLanguage(buyer).orElse(fallbackLocale);
            id = insert(buyer, requestId, origin, by, currency, inclusive, validUntil, language, priced, done);
        } catch (RuntimeException e) {
            usage.refund(Quota.QUOTES_PER_MONTH, 1); // nothing was made, so nothing is counted
            throw e;
        }
        events.publish(by.tenantId(), done);
        return require(id);
    }

    private String insert(QuoteCustomer customer, String requestId, Origin origin, TenantPrincipal by, String currency,
            boolean inclusive, LocalDate validUntil, String locale, List<CatalogPricing.Priced> priced, List<QuoteEventDispatch.Event> done) {
        return tx.call(em -> {
            QuoteSettings current = SettingsRules.read(em, by.tenantId());
            NumberPattern pattern = NumberPattern.parse(current.numberPattern(), "numberPattern");
            LocalDate today = Transitions.today();
            // Numbered first: anything failing below rolls the counter back with the quote, so no number is lost.
            String number = pattern.format(today, Numbering.next(em, by.tenantId(), "quote:" + pattern.scope(today)));
            QuoteEntity q = new QuoteEntity();
            q.id = UUID.randomUUID().toString();
            q.number = number;
            q.baseNumber = number;
            q.revision = 1;
            q.status = QuoteStatus.DRAFT.id();
            q.customerId = customer.id();
            q.customerName = customer.name();
            q.customerEmail = customer.email();
            q.customerPhone = customer.phone();
            q.currency = currency;
            q.pricesIncludeTax = inclusive;
            q.validUntil = validUntil.toEpochDay();
            q.locale = locale;
            q.requestId = requestId;
            q.createdBy = by.actor();
            q.createdAt = System.currentTimeMillis();
            q.updatedAt = q.createdAt;
            em.persist(q);
            writeLines(em, q, priced, current);
            Timeline.append(em, q.id, "quote.created", null, QuoteStatus.DRAFT, by.actor(), origin,
                    requestId == null ? null : "from request " + requestId);
            done.add(QuoteEventDispatch.record(em, "quote.created", q.id, Map.of("number", number, "status", "draft")));
            return q.id;
        });
    }

    /** The customer's card, found or made by contact, so the quote shows up in the customer's history. */
    private QuoteCustomer withCard(QuoteCustomer c) {
        if (c.id() != null || (c.email() == null && c.phone() == null)) {
            return c;
        }
        return new QuoteCustomer(customers.findOrCreateByContact(c.name(), c.email(), c.phone()).id(), c.name(), c.email(), c.phone());
    }

    /** The language on the customer's card, when the quote has a card and the card knows it. */
    private Optional<String> cardLanguage(QuoteCustomer c) {
        if (c.id() == null) {
            return Optional.empty();
        }
        return customers.get(c.id()).map(Customer::language).filter(l -> !l.isBlank());
    }

    /** Replaces the lines and totals; sets whether the discounts need approval (a change withdraws an approval). */
    private static void writeLines(EntityManager em, QuoteEntity q, List<CatalogPricing.Priced> priced, QuoteSettings settings) {
        for (QuoteLineEntity old : em.createQuery("select l from QuoteLineEntity l where l.quoteId = :q", QuoteLineEntity.class)
                .setParameter("q", q.id).getResultList()) {
            em.remove(old);
        }
        QuoteMath.Result r = QuoteMath.compute(priced.stream().map(CatalogPricing.Priced::math).toList(), q.currency, q.pricesIncludeTax);
        BigDecimal maxDiscount = BigDecimal.ZERO;
        for (int i = 0; i < priced.size(); i++) {
            CatalogPricing.Priced p = priced.get(i);
            QuoteLineEntity l = new QuoteLineEntity();
            l.id = UUID.randomUUID().toString();
            l.quoteId = q.id;
            l.position = i + 1;
            l.productId = p.productId();
            l.sku = p.sku();
            l.name = p.name();
            l.unit = p.unit();
            l.quantity = p.quantity();
            l.unitPrice = p.unitPrice();
            l.discountPercent = p.discountPercent();
            l.taxRate = p.taxRate();
            l.lineTotal = r.lineTotals().get(i);
            em.persist(l);
            maxDiscount = maxDiscount.max(p.discountPercent());
        }
        QuoteRecords.setTotals(q, r.totals());
        q.maxDiscountPercent = maxDiscount;
        q.approvalRequired = SettingsRules.needsApproval(settings, maxDiscount);
        q.approvedAt = null;
        q.approvedBy = null;
    }

    @Override
    public Optional<Quote> get(String id) {
        return Optional.ofNullable(tx.call(em -> {
            QuoteEntity q = find(em, id);
            return q == null ? null : QuoteRecords.quote(q, QuoteRecords.lines(em, q.id));
        }));
    }

    @Override
    public Page<Quote> list(QuoteStatus status, PageRequest page) {
        Cursor after = Cursor.parse(page.after());
        return tx.call(em -> {
            StringBuilder jpql = new StringBuilder("select q from QuoteEntity q where 1 = 1");
            if (status != null) {
                jpql.append(" and q.status = :s");
            }
            if (after != null) {
                jpql.append(" and (q.createdAt < :t or (q.createdAt = :t and q.id < :id))");
            }
            jpql.append(" order by q.createdAt desc, q.id desc");
            TypedQuery<QuoteEntity> query = em.createQuery(jpql.toString(), QuoteEntity.class).setMaxResults(page.limit() + 1);
            if (status != null) {
                query.setParameter("s", status.id());
            }
            if (after != null) {
                query.setParameter("t", after.createdAt()).setParameter("id", after.id());
            }
            List<QuoteEntity> rows = query.getResultList();
            boolean more = rows.size() > page.limit();
            List<QuoteEntity> shown = rows.subList(0, Math.min(rows.size(), page.limit()));
            List<Quote> items = shown.stream().map(q -> QuoteRecords.quote(q, QuoteRecords.lines(em, q.id))).toList();
            QuoteEntity last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
            return new Page<>(items, more ? PageRequest.cursorAfter(last.createdAt + ":" + last.id) : null);
        });
    }

    @Override
    public Quote update(String id, QuoteChange change, Origin origin) {
        if (change == null) {
            throw ProblemException.invalid("body", "A JSON object is required");
        }
        TenantPrincipal by = context.require();
        Quote current = require(id);
        if (current.status() != QuoteStatus.DRAFT) {
            throw new ProblemException(409, "quote-frozen", "Conflict",
                    "A " + current.status().id() + " quote cannot be changed; revise it to make a new draft", "status");
        }
        QuoteSettings settings = settings();
        LocalDate validUntil = change.validUntil() == null ? null : QuoteInputs.validUntil(change.validUntil(), settings);
        String locale = change.locale() == null ? null : QuoteInputs.locale(change.locale());
        List<CatalogPricing.Priced> priced = change.lines() == null ? null
                : pricing.price(change.lines(), current.currency(), settings.defaultTaxRate());
        tx.run(em -> {
            QuoteEntity q = find(em, id);
            if (q == null || !q.status.equals(QuoteStatus.DRAFT.id())) {
                throw ProblemException.conflict("The quote changed meanwhile; reload it");
            }
            if (validUntil != null) {
                q.validUntil = validUntil.toEpochDay();
            }
            if (locale != null) {
                q.locale = locale;
            }
            boolean modeChanged = change.pricesIncludeTax() != null && change.pricesIncludeTax() != q.pricesIncludeTax;
            if (change.pricesIncludeTax() != null) {
                q.pricesIncludeTax = change.pricesIncludeTax();
            }
            if (priced != null) {
                writeLines(em, q, priced, SettingsRules.read(em, by.tenantId()));
            } else if (modeChanged) {
                // same snapshots, other tax mode: the totals change, the approval state does not
                List<QuoteLine> lines = QuoteRecords.lines(em, q.id);
                QuoteMath.Result r = QuoteMath.compute(lines.stream().map(l -> new QuoteMath.LineInput("lines[" + (l.position() - 1) + "]",
                        l.quantity(), l.unitPrice(), l.discountPercent(), l.taxRate())).toList(), q.currency, q.pricesIncludeTax);
                for (QuoteLineEntity l : em.createQuery("select l from QuoteLineEntity l where l.quoteId = :q order by l.position",
                        QuoteLineEntity.class).setParameter("q", q.id).getResultList()) {
                    l.lineTotal = r.lineTotals().get(l.position - 1);
                }
                QuoteRecords.setTotals(q, r.totals());
            }
            q.updatedAt = System.currentTimeMillis();
            Timeline.append(em, q.id, "quote.updated", QuoteStatus.DRAFT, QuoteStatus.DRAFT, by.actor(), origin, null);
        });
        return require(id);
    }

    @Override
    public SentQuote send(String id, List<Recipient> recipients, SendOptions options, Origin origin) {
        TenantPrincipal by = context.require();
        List<Recipient> to = QuoteInputs.recipients(recipients);
        SendOptions opts = options == null ? SendOptions.DEFAULT : options;
        String note = QuoteInputs.note(opts.note());
        Optional<QuoteSender> channel = channel(opts.channel());
        boolean explicit = opts.channel() != null;
        WorkspaceSettings.Profile seller = workspace.profile();
        List<QuoteEventDispatch.Event> done = new ArrayList<>();
        List<Delivery> queued = new ArrayList<>();
        List<PublicLink> created = tx.call(em -> {
            QuoteEntity q = find(em, id);
            if (q == null) {
                throw ProblemException.notFound("Quote " + id);
            }
            Lifecycle.require(QuoteStatus.of(q.status), QuoteStatus.SENT);
            if (q.approvalRequired && q.approvedAt == null) {
                throw new ProblemException(409, "approval-required", "Approval required",
                        "A discount of " + QuoteMath.plain(q.maxDiscountPercent) + "% is above the approval threshold; an admin must approve the quote first",
                        "status");
            }
            if (q.validUntil < Transitions.today().toEpochDay()) {
                throw ProblemException.invalid("validUntil", "validUntil is in the past; change it before sending");
            }
            if (QuoteRecords.lines(em, q.id).isEmpty()) {
                throw ProblemException.invalid("lines", "A quote needs at least one line to be sent");
            }
            boolean toCustomer = to.isEmpty();
            List<Recipient> targets = toCustomer ? List.of(new Recipient(q.customerName, q.customerEmail)) : to;
            String locale = q.locale != null ? q.locale : seller.locale();
            List<PublicLink> made = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                Recipient r = targets.get(i);
                PublicLink link = links.create(em, by.tenantId(), q.id, r);
                made.add(link);
                if (channel.isPresent() && (explicit || r.email() != null)) {
                    String field = toCustomer ? "customer.email" : "recipients[" + i + "].email";
                    String address = address(channel.get(), r.email(), field);
                    queued.add(deliveries.queue(em, q.id, link, channel.get().channel(), address, locale, note));
                }
            }
            q.sellerName = seller.companyName();
            q.sellerAddress = seller.address();
            q.sellerTaxId = seller.taxId();
            q.sellerPhone = seller.phone();
            q.sentAt = System.currentTimeMillis();
            String how = queued.isEmpty() ? made.size() + " link(s)" : made.size() + " link(s), " + queued.size() + " by " + channel.get().channel();
            done.add(Transitions.move(em, q, QuoteStatus.SENT, "quote.sent", by.actor(), origin, how));
            return made;
        });
        events.publish(by.tenantId(), done);
        if (!queued.isEmpty()) {
            dispatcher.wake();
        }
        return new SentQuote(require(id), created, queued);
    }

    @Override
    public List<Delivery> deliveries(String quoteId) {
        require(quoteId);
        return deliveries.of(quoteId);
    }

    @Override
    public Delivery retryDelivery(String quoteId, String deliveryId, Origin origin) {
        TenantPrincipal by = context.require();
        require(quoteId);
        Delivery d = deliveries.retry(quoteId, deliveryId, by.actor(), origin);
        dispatcher.wake();
        return d;
    }

    /**
     * The channel to queue deliveries on: the one asked for, none for "link", or by default email when the workspace
     * has set it up.
     */
    private Optional<QuoteSender> channel(String asked) {
        if (asked == null) {
            return channels.get(EMAIL).filter(s -> s.unavailable().isEmpty());
        }
        String id = asked.strip().toLowerCase(Locale.ROOT);
        if (id.equals(SendOptions.LINK)) {
            return Optional.empty();
        }
        QuoteSender s = channels.get(id).orElseThrow(() -> ProblemException.invalid("channel",
                "Unknown channel '" + asked + "'; use \"link\" or an installed channel such as \"email\""));
        s.unavailable().ifPresent(why -> {
            throw new ProblemException(409, "channel-unavailable", "Channel not set up", why, "channel");
        });
        return Optional.of(s);
    }

    private static String address(QuoteSender channel, String given, String field) {
        if (given == null) {
            throw ProblemException.invalid(field, "Sending by " + channel.channel() + " needs an address for every recipient");
        }
        try {
            return channel.checkAddress(given);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    @Override
    public Quote approve(String id, Origin origin) {
        TenantPrincipal by = context.require();
        if (!by.role().includes(Role.ADMIN)) {
            throw ProblemException.forbidden("Only an admin or owner approves discounts");
        }
        List<QuoteEventDispatch.Event> done = new ArrayList<>();
        tx.run(em -> {
            QuoteEntity q = find(em, id);
            if (q == null) {
                throw ProblemException.notFound("Quote " + id);
            }
            if (!q.status.equals(QuoteStatus.DRAFT.id())) {
                throw ProblemException.conflict("Only a draft is approved");
            }
            q.approvedAt = System.currentTimeMillis();
            q.approvedBy = by.actor();
            Timeline.append(em, q.id, "quote.approved", QuoteStatus.DRAFT, QuoteStatus.DRAFT, by.actor(), origin,
                    "max discount " + QuoteMath.plain(q.maxDiscountPercent == null ? BigDecimal.ZERO : q.maxDiscountPercent) + "%");
            done.add(QuoteEventDispatch.record(em, "quote.approved", q.id, Map.of("number", q.number)));
        });
        events.publish(by.tenantId(), done);
        return require(id);
    }

    @Override
    public Quote revise(String id, Origin origin) {
        TenantPrincipal by = context.require();
        List<QuoteEventDispatch.Event> done = new ArrayList<>();
        String revisedId = tx.call(em -> {
            QuoteEntity old = find(em, id);
            if (old == null) {
                throw ProblemException.notFound("Quote " + id);
            }
            QuoteEntity q = new QuoteEntity();
            q.id = UUID.randomUUID().toString();
            done.add(Transitions.move(em, old, QuoteStatus.SUPERSEDED, "quote.superseded", by.actor(), origin, "by revision " + (old.revision + 1)));
            old.supersededById = q.id;
            q.baseNumber = old.baseNumber;
            q.revision = old.revision + 1;
            q.number = old.baseNumber + "-R" + q.revision;
            q.status = QuoteStatus.DRAFT.id();
            q.customerId = old.customerId;
            q.customerName = old.customerName;
            q.customerEmail = old.customerEmail;
            q.customerPhone = old.customerPhone;
            q.locale = old.locale;
            q.currency = old.currency;
            q.pricesIncludeTax = old.pricesIncludeTax;
            q.validUntil = Math.max(old.validUntil, Transitions.today().toEpochDay());
            q.net = old.net;
            q.discount = old.discount;
            q.tax = old.tax;
            q.gross = old.gross;
            q.taxesJson = old.taxesJson;
            q.maxDiscountPercent = old.maxDiscountPercent;
            q.approvalRequired = old.approvalRequired;
            q.previousId = old.id;
            q.requestId = old.requestId;
            q.createdBy = by.actor();
            q.createdAt = System.currentTimeMillis();
            q.updatedAt = q.createdAt;
            em.persist(q);
            // the revision starts from the same snapshots; staff change what the customer asked to change
            for (QuoteLineEntity l : em.createQuery("select l from QuoteLineEntity l where l.quoteId = :q", QuoteLineEntity.class)
                    .setParameter("q", old.id).getResultList()) {
                QuoteLineEntity c = new QuoteLineEntity();
                c.id = UUID.randomUUID().toString();
                c.quoteId = q.id;
                c.position = l.position;
                c.productId = l.productId;
                c.sku = l.sku;
                c.name = l.name;
                c.unit = l.unit;
                c.quantity = l.quantity;
                c.unitPrice = l.unitPrice;
                c.discountPercent = l.discountPercent;
                c.taxRate = l.taxRate;
                c.lineTotal = l.lineTotal;
                em.persist(c);
            }
            Timeline.append(em, q.id, "quote.created", null, QuoteStatus.DRAFT, by.actor(), origin, "revision " + q.revision + " of " + old.number);
            done.add(QuoteEventDispatch.record(em, "quote.revised", q.id, Map.of("number", q.number, "previousId", old.id, "revision", q.revision)));
            return q.id;
        });
        events.publish(by.tenantId(), done);
        return require(revisedId);
    }

    @Override
    public int expireDue(Origin origin) {
        return expireDue(context.require().tenantId(), origin);
    }

    /** For the expiry job, which names the tenant explicitly. */
    int expireDue(String tenantId, Origin origin) {
        List<QuoteEventDispatch.Event> done = new ArrayList<>();
        tx.callAs(tenantId, em -> {
            for (QuoteEntity q : em.createQuery("select q from QuoteEntity q where q.status in :open and q.validUntil < :today",
                    QuoteEntity.class).setParameter("open", List.of(QuoteStatus.SENT.id(), QuoteStatus.VIEWED.id()))
                    .setParameter("today", Transitions.today().toEpochDay()).getResultList()) {
                done.add(Transitions.expire(em, q, origin));
            }
            return null;
        });
        events.publish(tenantId, done);
        return done.size();
    }

    @Override
    public List<TimelineEvent> timeline(String id) {
        return tx.call(em -> {
            if (find(em, id) == null) {
                throw ProblemException.notFound("Quote " + id);
            }
            return Timeline.of(em, id);
        });
    }

    @Override
    public List<PublicLink> links(String id) {
        return tx.call(em -> {
            if (find(em, id) == null) {
                throw ProblemException.notFound("Quote " + id);
            }
            return links.of(em, id);
        });
    }

    @Override
    public PublicLink revokeLink(String quoteId, String linkId, Origin origin) {
        TenantPrincipal by = context.require();
        return tx.call(em -> {
            QuoteEntity q = find(em, quoteId);
            PublicLinkEntity l = linkId == null ? null : em.find(PublicLinkEntity.class, linkId);
            if (q == null || l == null || !l.quoteId.equals(q.id)) {
                throw ProblemException.notFound("Link " + linkId);
            }
            if (l.revokedAt == null) {
                l.revokedAt = System.currentTimeMillis();
                QuoteStatus s = QuoteStatus.of(q.status);
                Timeline.append(em, q.id, "link.revoked", s, s, by.actor(), origin, "link " + l.id);
            }
            return QuoteRecords.link(l, null);
        });
    }

    @Override
    public Optional<Order> order(String orderId) {
        return Optional.ofNullable(tx.call(em -> {
            OrderEntity o = orderId == null ? null : em.find(OrderEntity.class, orderId);
            return o == null ? null : QuoteRecords.order(o);
        }));
    }

    @Override
    public Page<Order> orders(PageRequest page) {
        Cursor after = Cursor.parse(page.after());
        return tx.call(em -> {
            TypedQuery<OrderEntity> query = em.createQuery("select o from OrderEntity o"
                    + (after == null ? "" : " where o.createdAt < :t or (o.createdAt = :t and o.id < :id)")
                    + " order by o.createdAt desc, o.id desc", OrderEntity.class).setMaxResults(page.limit() + 1);
            if (after != null) {
                query.setParameter("t", after.createdAt()).setParameter("id", after.id());
            }
            List<OrderEntity> rows = query.getResultList();
            boolean more = rows.size() > page.limit();
            List<OrderEntity> shown = rows.subList(0, Math.min(rows.size(), page.limit()));
            OrderEntity last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
            return new Page<>(shown.stream().map(QuoteRecords::order).toList(),
                    more ? PageRequest.cursorAfter(last.createdAt + ":" + last.id) : null);
        });
    }

    @Override
    public QuoteSettings settings() {
        String tenant = context.require().tenantId();
        return tx.call(em -> SettingsRules.read(em, tenant));
    }

    @Override
    public QuoteSettings updateSettings(QuoteSettings settings) {
        TenantPrincipal by = context.require();
        if (!by.role().includes(Role.ADMIN)) {
            throw ProblemException.forbidden("Only an admin or owner changes quotation settings");
        }
        QuoteSettings valid = SettingsRules.validate(settings);
        tx.run(em -> SettingsRules.write(em, by.tenantId(), valid));
        return valid;
    }

    @Override
    public Optional<QuoteDocumentData> document(String quoteId) {
        String tenant = context.require().tenantId();
        WorkspaceSettings.Profile p = workspace.profile();
        return Optional.ofNullable(tx.call(em -> {
            QuoteEntity q = find(em, quoteId);
            if (q == null) {
                return null;
            }
            // a draft shows the workspace as it is now; a sent quote the seller as it was sent
            QuoteDocumentData.Party seller = q.sellerName != null ? QuoteDocuments.sellerAsSent(q)
                    : new QuoteDocumentData.Party(p.companyName(), p.address(), null, p.phone(), p.taxId());
            return QuoteDocuments.of(QuoteRecords.quote(q, QuoteRecords.lines(em, q.id)), seller, p.locale(), QuoteTemplates.of(em, tenant));
        }));
    }

    private Quote require(String id) {
        return get(id).orElseThrow(() -> ProblemException.notFound("Quote " + id));
    }

    private static QuoteEntity find(EntityManager em, String id) {
        return id == null || id.length() > 36 ? null : em.find(QuoteEntity.class, id);
    }

    private QuoteCustomer customer(String customerId, QuoteCustomer given) {
        if (customerId != null) {
            return customers.get(customerId).map(QuoteServiceImpl::snapshot)
                    .orElseThrow(() -> ProblemException.invalid("customerId", "No customer with id '" + customerId + "'"));
        }
        return QuoteInputs.customer(given);
    }

    private static QuoteCustomer snapshot(Customer c) {
        return new QuoteCustomer(c.id(), c.name(), c.emails().isEmpty() ? null : c.emails().get(0),
                c.phones().isEmpty() ? null : c.phones().get(0));
    }

    private String currency(String given) {
        String c = given;
        if (c == null || c.isBlank()) {
            String ws = workspace.profile().currency();
            c = ws != null && !ws.isBlank() ? ws : pricing.defaultCurrency();
        }
        try {
            return java.util.Currency.getInstance(c.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("currency", "currency must be an ISO 4217 code such as EUR or INR");
        }
    }

    /** The keyset position "createdAt:id" of the last row of a page. */
    private record Cursor(long createdAt, String id) {
        static Cursor parse(String after) {
            if (after == null) {
                return null;
            }
            int colon = after.indexOf(':');
            try {
                return new Cursor(Long.parseLong(after.substring(0, colon)), after.substring(colon + 1));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", "cursor is not one this API issued");
            }
        }
    }
}
