package org.offerbridge.quotation.api;

import java.util.List;
import java.util.Optional;

import org.offerbridge.platform.api.rest.Page;
import org.offerbridge.platform.api.rest.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Quotes of the tenant bound in the platform's RequestContext. Every operation is one transaction; bad input throws
 * the platform's {@code ProblemException} naming the field (400), another tenant's id is "not found" (404), a
 * transition the quote's status does not allow is a conflict (409). {@code origin} says where the call came from,
 * for the timeline.
 */
@ProviderType
public interface QuoteService {

    Quote create(QuoteDraft draft, Origin origin);

    /** A draft quote from a confirmed intake request's proposal lines, for the request's customer. */
    Quote createFromRequest(String requestId, Origin origin);

    Optional<Quote> get(String id);

    /** Newest first; {@code status} null for all. */
    Page<Quote> list(QuoteStatus status, PageRequest page);

    /** Changes a draft (409 once sent). */
    Quote update(String id, QuoteChange change, Origin origin);

    /**
     * Sends a draft: one public link per recipient (the quote's customer when none are given). 409 when a discount
     * above the workspace's threshold has not been approved.
     */
    default SentQuote send(String id, List<Recipient> recipients, Origin origin) {
        return send(id, recipients, SendOptions.DEFAULT, origin);
    }

    /**
     * Sends a draft as {@link #send(String, List, Origin)} does and queues one delivery per recipient on the chosen
     * channel (see {@link SendOptions}), in the same transaction. 400 naming {@code channel} for an unknown channel or
     * {@code recipients[i].email} for an address the channel cannot use; 409 naming {@code channel} when the workspace
     * has not set the channel up.
     */
    SentQuote send(String id, List<Recipient> recipients, SendOptions options, Origin origin);

    /** The quote's deliveries, oldest first (404 for another tenant's quote). */
    List<Delivery> deliveries(String quoteId);

    /** Queues a failed delivery again with a fresh retry schedule (409 unless it failed and the quote is still open). */
    Delivery retryDelivery(String quoteId, String deliveryId, Origin origin);

    /** An admin approves a draft's discounts (403 below admin). */
    Quote approve(String id, Origin origin);

    /** Replaces a sent or viewed quote with a new draft revision; the old one becomes superseded. */
    Quote revise(String id, Origin origin);

    /** Expires sent or viewed quotes of the bound tenant whose validity ended before today; returns how many. */
    int expireDue(Origin origin);

    List<TimelineEvent> timeline(String id);

    List<PublicLink> links(String id);

    PublicLink revokeLink(String quoteId, String linkId, Origin origin);

    Optional<Order> order(String orderId);

    Page<Order> orders(PageRequest page);

    QuoteSettings settings();

    /** Admin: validates (400 naming the field) and stores the workspace's settings. */
    QuoteSettings updateSettings(QuoteSettings settings);
}
