package org.offerbridge.quotation.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A channel that carries a sent quote to its recipient (email today; messengers later). Registered as an OSGi service
 * by the channel's bundle; the quotation capability queues one delivery per recipient when a quote is sent and calls
 * {@link #send} from its background dispatcher, bound to the delivery's tenant, retrying with backoff.
 */
@ConsumerType
public interface QuoteSender {

    /** The channel's id as clients name it in {@code POST /quotes/{id}/send}, e.g. {@code "email"}. */
    String channel();

    /**
     * Why the bound tenant cannot use this channel now (e.g. "no SMTP server is set up"), or empty when it can. The
     * text is shown to staff.
     */
    Optional<String> unavailable();

    /**
     * Checks an address before anything is queued; returns the normalised address.
     *
     * @throws IllegalArgumentException with a message safe to show when the address cannot be used on this channel
     */
    String checkAddress(String address);

    /**
     * The one address this channel delivers {@code quote} to when the quote itself decides it rather than each
     * recipient's email (a messenger: the conversation the quote's request came from), for the bound tenant; empty for
     * a channel that takes the recipients' addresses (email). The quote then goes to its customer only.
     *
     * @throws org.offerbridge.platform.api.rest.ProblemException 409 naming {@code channel} when the quote has no such
     *         address (it did not come from a conversation, or from one on another kind of channel)
     * @since 1.4
     */
    default Optional<String> addressFor(Quote quote) {
        return Optional.empty();
    }

    /** Delivers one message for its tenant (no tenant is bound: the dispatcher runs in the background); returns normally only once the channel accepted it. */
    void send(QuoteMessage message) throws DeliveryException;
}
