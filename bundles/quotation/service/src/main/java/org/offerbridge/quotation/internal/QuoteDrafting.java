package org.offerbridge.quotation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.offerbridge.customers.api.Customer;
import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.ProposalLine;
import org.offerbridge.platform.api.Quota;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.UsageMeter;
import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.Origin;
import org.offerbridge.quotation.api.Quote;
import org.offerbridge.quotation.api.QuoteChange;
import org.offerbridge.quotation.api.QuoteCustomer;
import org.offerbridge.quotation.api.QuoteDraft;
import org.offerbridge.quotation.api.QuoteLine;
import org.offerbridge.quotation.api.QuoteSettings;
import org.offerbridge.quotation.api.QuoteStatus;

/** Making and changing drafts: customer, currency, language and validity checked, lines priced from the catalog. */
final class QuoteDrafting {
    private final QuoteStore store;
    private final RequestContext context;
    private final CatalogPricing pricing;
    private final WorkspaceSettings workspace;
    private final UsageMeter usage;
    private final CustomerDirectory customers;
    private final QuoteEventDispatch events;
    private final QuoteSettingsStore settings;

    QuoteDrafting(QuoteStore store, RequestContext context, CatalogPricing pricing, WorkspaceSettings workspace, UsageMeter usage,
            CustomerDirectory customers, QuoteEventDispatch events, QuoteSettingsStore settings) {
        this.store = store;
        this.context = context;
        this.pricing = pricing;
        this.workspace = workspace;
        this.usage = usage;
        this.customers = customers;
        this.events = events;
        this.settings = settings;
    }

    Quote create(QuoteDraft draft, Origin origin) {
        context.require().requireRole(Role.SALES);
        FieldRules.body(draft);
        QuoteCustomer customer = customer(draft.customerId(), draft.customer());
        return create(draft, customer, null, null, origin);
    }

    /** A draft from a request's proposal lines, for QuoteFromRequest while the request is being confirmed. */
    Quote createFromProposal(IntakeRequest r, Origin origin) {
        List<QuoteDraft.LineInput> lines = r.proposal() == null ? List.of() : r.proposal().stream()
                .filter(l -> ProposalLine.LINE.equals(l.kind()) && l.sku() != null && l.quantity() != null && l.quantity().signum() > 0)
                .map(l -> new QuoteDraft.LineInput(l.sku(), l.quantity(), null, l.options())).toList();
        QuoteCustomer customer = null;
        if (r.customerId() != null) {
            customer = customers.get(r.customerId()).map(QuoteDrafting::snapshot).orElse(null);
        }
        if (customer == null) {
            IntakeRequest.Sender s = r.sender();
            String name = s == null ? null : QuoteRules.firstNonBlank(s.name(), s.email(), s.phone());
            customer = new QuoteCustomer(null, name == null ? "Customer" : name, s == null ? null : s.email(), s == null ? null : s.phone());
        }
        // the language the message was written in, unless the customer's card says otherwise
        String detected = QuoteRules.detectedLocale(r.language());
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
        QuoteSettings current = settings.settings();
        String currency = currency(draft.currency());
        boolean inclusive = draft.pricesIncludeTax() != null ? draft.pricesIncludeTax() : current.pricesIncludeTax();
        LocalDate validUntil = QuoteRules.validUntil(draft.validUntil(), current);
        String locale = QuoteRules.locale(draft.locale());
        List<CatalogPricing.Priced> priced = pricing.price(QuoteRules.lines(draft.lines()), currency, current.defaultTaxRate());
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
        return store.require(id);
    }

    private String insert(QuoteCustomer customer, String requestId, Origin origin, TenantPrincipal by, String currency,
            boolean inclusive, LocalDate validUntil, String locale, List<CatalogPricing.Priced> priced, List<QuoteEventDispatch.Event> done) {
        return store.tx.call(em -> {
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

    /** Changes a draft; 409 once it was sent. */
    Quote update(String id, QuoteChange change, Origin origin) {
        TenantPrincipal by = context.require().requireRole(Role.SALES);
        FieldRules.body(change);
        Quote current = store.require(id);
        if (current.status() != QuoteStatus.DRAFT) {
            throw new ProblemException(409, "quote-frozen", "Conflict",
                    "A " + current.status().id() + " quote cannot be changed; revise it to make a new draft", "status");
        }
        QuoteSettings now = settings.settings();
        LocalDate validUntil = change.validUntil() == null ? null : QuoteRules.validUntil(change.validUntil(), now);
        String locale = change.locale() == null ? null : QuoteRules.locale(change.locale());
        List<CatalogPricing.Priced> priced = change.lines() == null ? null
                : pricing.price(QuoteRules.lines(change.lines()), current.currency(), now.defaultTaxRate());
        store.tx.run(em -> {
            QuoteEntity q = QuoteStore.find(em, id);
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
                retotal(em, q);
            }
            q.updatedAt = System.currentTimeMillis();
            Timeline.append(em, q.id, "quote.updated", QuoteStatus.DRAFT, QuoteStatus.DRAFT, by.actor(), origin, null);
        });
        return store.require(id);
    }

    /** Same snapshots, other tax mode: the totals change, the approval state does not. */
    private static void retotal(EntityManager em, QuoteEntity q) {
        List<QuoteLine> lines = QuoteRecords.lines(em, q.id);
        QuoteMath.Result r = QuoteMath.compute(lines.stream().map(l -> new QuoteMath.LineInput("lines[" + (l.position() - 1) + "]",
                l.quantity(), l.unitPrice(), l.discountPercent(), l.taxRate())).toList(), q.currency, q.pricesIncludeTax);
        for (QuoteLineEntity l : em.createQuery("select l from QuoteLineEntity l where l.quoteId = :q order by l.position",
                QuoteLineEntity.class).setParameter("q", q.id).getResultList()) {
            l.lineTotal = r.lineTotals().get(l.position - 1);
        }
        QuoteRecords.setTotals(q, r.totals());
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
            l.options = QuoteRecords.optionsJson(p.options());
            em.persist(l);
            maxDiscount = maxDiscount.max(p.discountPercent());
        }
        QuoteRecords.setTotals(q, r.totals());
        q.maxDiscountPercent = maxDiscount;
        q.approvalRequired = SettingsRules.needsApproval(settings, maxDiscount);
        q.approvedAt = null;
        q.approvedBy = null;
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

    private QuoteCustomer customer(String customerId, QuoteCustomer given) {
        if (customerId != null) {
            return customers.get(customerId).map(QuoteDrafting::snapshot)
                    .orElseThrow(() -> ProblemException.invalid("customerId", "No customer with id '" + customerId + "'"));
        }
        return QuoteRules.customer(given);
    }

    private static QuoteCustomer snapshot(Customer c) {
        return new QuoteCustomer(c.id(), c.name(), c.emails().isEmpty() ? null : c.emails().get(0),
                c.phones().isEmpty() ? null : c.phones().get(0));
    }

    /** The given currency, else the workspace's, else the catalog's; ISO 4217. */
    private String currency(String given) {
        String c = FieldRules.currency("currency", given);
        if (c != null) {
            return c;
        }
        String ws = workspace.profile().currency();
        return FieldRules.currency("currency", ws != null && !ws.isBlank() ? ws : pricing.defaultCurrency());
    }
}
