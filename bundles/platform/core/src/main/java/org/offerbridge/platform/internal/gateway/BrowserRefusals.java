package org.offerbridge.platform.internal.gateway;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.offerbridge.platform.api.rest.BrowserRefusalPages;

/**
 * Whether a refusal of the gateway goes to a browser, and the page a capability offers for it. Decided on the headers
 * alone, so a 413 never reads the body: a browser prefers text/html in {@code Accept} (over any JSON type it also
 * names), or, naming neither, posts a form ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}).
 */
final class BrowserRefusals {
    private BrowserRefusals() {
    }

    /** Whether the request comes from a browser's page view or form post rather than a script. */
    static boolean browser(String method, String accept, String contentType) {
        double html = -1;
        double json = -1;
        if (accept != null) {
            for (String range : accept.split(",")) {
                String[] parts = range.split(";");
                String type = parts[0].trim().toLowerCase(Locale.ROOT);
                double q = quality(parts);
                if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                    html = Math.max(html, q);
                } else if (type.equals("application/json") || type.equals("application/problem+json")
                        || type.startsWith("application/") && type.endsWith("+json")) {
                    json = Math.max(json, q);
                }
            }
        }
        if (html > 0 || json > 0) {
            return html > 0 && html >= json;
        }
        if (json == 0 || html == 0 || !"POST".equalsIgnoreCase(method) || contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals(MediaType.APPLICATION_FORM_URLENCODED) || type.equals(MediaType.MULTIPART_FORM_DATA);
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.length() > 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
                try {
                    double q = Double.parseDouble(p.substring(2).trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /**
     * The first page a capability offers for this refusal; empty for a script, a path nobody claims, or a capability
     * that failed (the problem+json still answers then).
     */
    static Optional<BrowserRefusalPages.Page> page(List<BrowserRefusalPages> pages, String method, String path, String accept,
            String contentType, String language, BrowserRefusalPages.Facts facts) {
        if (pages.isEmpty() || !browser(method, accept, contentType)) {
            return Optional.empty();
        }
        for (BrowserRefusalPages p : pages) {
            try {
                Optional<BrowserRefusalPages.Page> page = p.page(path, facts, language);
                if (page.isPresent()) {
                    return page;
                }
            } catch (RuntimeException e) {
                // another capability's or the problem+json answers
            }
        }
        return Optional.empty();
    }

    /** {@link #page} as the answer: the refusal's {@code status}, and {@code Retry-After} when waiting helps. */
    static Optional<Response> answer(List<BrowserRefusalPages> pages, String method, String path, String accept,
            String contentType, String language, int status, BrowserRefusalPages.Facts facts) {
        return page(pages, method, path, accept, contentType, language, facts).map(p -> {
            Response.ResponseBuilder r = Response.status(status).type(MediaType.TEXT_HTML + ";charset=utf-8").entity(p.html());
            p.headers().forEach(r::header);
            if (facts.retryAfterSeconds() > 0) {
                r.header("Retry-After", facts.retryAfterSeconds());
            }
            return r.build();
        });
    }
}
