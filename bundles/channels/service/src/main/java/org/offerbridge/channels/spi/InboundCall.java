package org.offerbridge.channels.spi;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP call to a channel's inbound URL as it arrived: header names lower-cased, the body as the exact bytes
 * received (signatures are over them; never re-serialise before verifying).
 */
public record InboundCall(String method, Map<String, List<String>> headers, Map<String, List<String>> query, byte[] body,
        Instant receivedAt) {

    /** The first value of a header, any case; null when absent. */
    public String header(String name) {
        List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** The first value of a query parameter; null when absent. */
    public String queryParam(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
