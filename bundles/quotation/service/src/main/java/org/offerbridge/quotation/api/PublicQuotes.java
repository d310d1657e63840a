package org.offerbridge.quotation.api;

import java.util.Locale;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The customer's side, reached by a public link's token with no tenant bound. Unknown and revoked tokens are empty
 * alike. Raw tokens are never logged or stored.
 */
@ProviderType
public interface PublicQuotes {

    /** The quote behind the token; the first open of a sent quote marks it viewed. */
    Optional<PublicQuote> open(String token, Origin origin);

    /** Accepts with the customer's typed name: the quote becomes accepted and an order is made. 409 unless open. */
    Optional<PublicQuote> accept(String token, String name, Origin origin);

    /**
     * The quote's document for the customer's download: what the page shows, with the seller's name as sent. Opening
     * it changes nothing (the page marks the quote viewed). The quote's own locale wins over {@code fallback}.
     */
    Optional<QuoteDocumentData> document(String token, Locale fallback);

    /** Rejects with a reason (may be empty). 409 unless open. */
    Optional<PublicQuote> reject(String token, String reason, Origin origin);
}
