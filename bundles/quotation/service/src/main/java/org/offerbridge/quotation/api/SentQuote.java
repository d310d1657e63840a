package org.offerbridge.quotation.api;

import java.util.List;

/** The answer to sending: the quote and the links created for its recipients, with their URLs (shown once). */
public record SentQuote(Quote quote, List<PublicLink> links) {
    public SentQuote {
        links = List.copyOf(links);
    }
}
