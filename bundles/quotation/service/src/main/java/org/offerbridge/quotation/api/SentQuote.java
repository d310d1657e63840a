package org.offerbridge.quotation.api;

import java.util.List;

/**
 * The answer to sending: the quote, the links created for its recipients with their URLs (shown once), and the
 * deliveries queued for them (empty when the links are passed on by hand).
 */
public record SentQuote(Quote quote, List<PublicLink> links, List<Delivery> deliveries) {
    public SentQuote {
        links = List.copyOf(links);
        deliveries = List.copyOf(deliveries);
    }
}
