package org.offerbridge.quotation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.Delivery;
import org.offerbridge.quotation.api.Origin;
import org.offerbridge.quotation.api.PublicLink;
import org.offerbridge.quotation.api.QuoteSender;
import org.offerbridge.quotation.api.QuoteStatus;
import org.offerbridge.quotation.api.Recipient;
import org.offerbridge.quotation.api.SendOptions;
import org.offerbridge.quotation.api.SentQuote;

/** Sending a draft: a public link per recipient and, on a channel, a queued delivery each; then the links and deliveries. */
final class QuoteSending {
    /** The default channel when the workspace has it set up. */
    static final String EMAIL = "email";

    private final QuoteStore store;
    private final RequestContext context;
    private final WorkspaceSettings workspace;
    private final QuoteEventDispatch events;
    private final PublicLinks links;
    private final QuoteDeliveries deliveries;
    private final QuoteChannels channels;
    private final DeliveryDispatcher dispatcher;

    QuoteSending(QuoteStore store, RequestContext context, WorkspaceSettings workspace, QuoteEventDispatch events, PublicLinks links,
            QuoteDeliveries deliveries, QuoteChannels channels, DeliveryDispatcher dispatcher) {
        this.store = store;
        this.context = context;
        this.workspace = workspace;
        this.events = events;
        this.links = links;
        this.deliveries = deliveries;
        this.channels = channels;
        this.dispatcher = dispatcher;
    }

    SentQuote send(String id, List<Recipient> recipients, SendOptions options, Origin origin) {
        TenantPrincipal by = context.require().requireRole(Role.SALES);
        List<Recipient> to = QuoteRules.recipients(recipients);
        SendOptions opts = options == null ? SendOptions.DEFAULT : options;
        String note = QuoteRules.note(opts.note());
        Optional<QuoteSender> channel = channel(opts.channel());
        boolean explicit = opts.channel() != null;
        // a messenger delivers to the conversation the quote came from, not to each recipient's email
        Optional<String> fixed = channel.isPresent() ? channel.get().addressFor(store.require(id)) : Optional.empty();
        if (fixed.isPresent() && !to.isEmpty()) {
            String why = "A quote sent by " + channel.get().channel() + " goes to the customer in the conversation it came from; leave recipients out";
            throw FieldRules.invalid("recipients", why, "channels.cannotReply", why);
        }
        WorkspaceSettings.Profile seller = workspace.profile();
        List<QuoteEventDispatch.Event> done = new ArrayList<>();
        List<Delivery> queued = new ArrayList<>();
        List<PublicLink> created = store.tx.call(em -> {
            QuoteEntity q = QuoteStore.require(em, id);
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
                if (channel.isPresent() && (explicit || r.email() != null || fixed.isPresent())) {
                    String field = toCustomer ? "customer.email" : "recipients[" + i + "].email";
                    String address = fixed.isPresent() ? fixed.get() : address(channel.get(), r.email(), field);
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
        return new SentQuote(store.require(id), created, queued);
    }

    List<Delivery> deliveries(String quoteId) {
        store.require(quoteId);
        return deliveries.of(quoteId);
    }

    Delivery retryDelivery(String quoteId, String deliveryId, Origin origin) {
        TenantPrincipal by = context.require().requireRole(Role.SALES);
        store.require(quoteId);
        Delivery d = deliveries.retry(quoteId, deliveryId, by.actor(), origin);
        dispatcher.wake();
        return d;
    }

    List<PublicLink> links(String id) {
        return store.tx.call(em -> {
            QuoteStore.require(em, id);
            return links.of(em, id);
        });
    }

    PublicLink revokeLink(String quoteId, String linkId, Origin origin) {
        TenantPrincipal by = context.require().requireRole(Role.SALES);
        return store.tx.call(em -> {
            QuoteEntity q = QuoteStore.find(em, quoteId);
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
            throw FieldRules.invalid(field, "Sending by " + channel.channel() + " needs an address for every recipient", "field.required", field);
        }
        try {
            return channel.checkAddress(given);
        } catch (IllegalArgumentException e) {
            throw FieldRules.invalid(field, e.getMessage(), "field.email", field);
        }
    }
}
