package org.offerbridge.platform.api.rest;

import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Pages for browsers refused by the platform's gateway before any resource runs: a body over the size limit (413) or
 * a client address over the anonymous rate limit (429). The gateway answers those with problem+json, which a browser
 * shows as raw text; a capability that serves pages to browsers registers this service and claims its own paths.
 *
 * <p>The gateway consults it only for a browser (one that prefers HTML in {@code Accept}, or posts a
 * {@code application/x-www-form-urlencoded} or {@code multipart/form-data} body) and keeps the status and
 * {@code Retry-After} itself; scripts keep the problem+json. It decides on the headers alone: the body is never read.
 *
 * @since 1.4
 */
@ConsumerType
public interface BrowserRefusalPages {

    /** What was refused, with the numbers the visitor needs to know. */
    enum Refusal {
        /** 413: the body is larger than {@link Facts#limitBytes()}. */
        PAYLOAD_TOO_LARGE,
        /** 429: the client address is over the anonymous limit for {@link Facts#retryAfterSeconds()}. */
        RATE_LIMITED
    }

    /** The refusal's numbers: the largest body accepted in bytes (0 when not about size), seconds to wait (0 when not about time). */
    record Facts(Refusal refusal, long limitBytes, long retryAfterSeconds) {
    }

    /** A page: the whole HTML document and the headers to send with it (e.g. its Content-Security-Policy). */
    record Page(String html, Map<String, String> headers) {
        public Page {
            headers = Map.copyOf(headers);
        }
    }

    /**
     * The page for a browser's request to {@code path} (relative to the API base, e.g. {@code rfq/abc}, without the
     * query), in the language {@code acceptLanguage} prefers among the capability's; empty for a path it does not claim.
     * Every text put into the page must be escaped ({@link HtmlText#escape}).
     */
    Optional<Page> page(String path, Facts facts, String acceptLanguage);
}
