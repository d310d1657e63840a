package org.offerbridge.quotation.api;

/**
 * Where a transition came from, for the timeline: the client address and user agent of the HTTP request (either
 * may be null, e.g. for a scheduled job).
 */
public record Origin(String address, String userAgent) {
    public static final Origin SYSTEM = new Origin(null, null);
}
