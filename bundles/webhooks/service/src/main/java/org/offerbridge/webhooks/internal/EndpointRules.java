package org.offerbridge.webhooks.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.RefusedAddressException;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.webhooks.api.WebhookEvents;

/** Validation of endpoint input; every refusal is a 400 naming the field. */
final class EndpointRules {
    static final int MAX_URL = 1000;
    static final int MAX_DESCRIPTION = 500;
    /** Endpoints per workspace: each one multiplies every event, so keep it bounded. */
    static final int MAX_ENDPOINTS = 20;

    private EndpointRules() {
    }

    /** The body of a create: url and events required. */
    static EndpointDraft forCreate(EndpointInput in, OutboundAddressPolicy policy) {
        if (in == null) {
            throw ProblemException.invalid("body", "A JSON body is required");
        }
        if (in.url() == null || in.url().isBlank()) {
            throw ProblemException.invalid("url", "url is required");
        }
        if (in.events() == null) {
            throw ProblemException.invalid("events", "events is required: one or more of " + String.join(", ", WebhookEvents.ALL));
        }
        return forChange(in, policy);
    }

    /** The body of a change: absent fields stay as they are. */
    static EndpointDraft forChange(EndpointInput in, OutboundAddressPolicy policy) {
        if (in == null) {
            throw ProblemException.invalid("body", "A JSON body is required");
        }
        return new EndpointDraft(in.url() == null ? null : url(in.url(), policy), in.events() == null ? null : events(in.events()),
                in.description() == null ? null : description(in.description()), in.enabled());
    }

    static String url(String value, OutboundAddressPolicy policy) {
        String url = value.strip();
        if (url.isEmpty()) {
            throw ProblemException.invalid("url", "url is required");
        }
        if (url.length() > MAX_URL) {
            throw ProblemException.invalid("url", "url must be at most " + MAX_URL + " characters");
        }
        URI uri;
        try {
            uri = policy.check(url);
        } catch (RefusedAddressException e) {
            throw ProblemException.invalid("url", e.getMessage());
        }
        if (uri.getRawFragment() != null) {
            throw ProblemException.invalid("url", "url must not have a fragment");
        }
        return url;
    }

    static List<String> events(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v == null || !WebhookEvents.ALL.contains(v.strip())) {
                throw ProblemException.invalid("events", "unknown event type '" + SendResult.oneLine(String.valueOf(v))
                        + "'; known: " + String.join(", ", WebhookEvents.ALL));
            }
            out.add(v.strip());
        }
        if (out.isEmpty()) {
            throw ProblemException.invalid("events", "events must name at least one of " + String.join(", ", WebhookEvents.ALL));
        }
        return List.copyOf(out);
    }

    static String description(String value) {
        String d = value.strip();
        if (d.length() > MAX_DESCRIPTION || d.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalid("description", "description must be at most " + MAX_DESCRIPTION + " characters on one line");
        }
        return d.isEmpty() ? null : d;
    }

    static String joinEvents(List<String> events) {
        return String.join(",", events);
    }

    static List<String> splitEvents(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    /** Scheme, host and port only: what logs, audit entries and system messages may show of a URL (paths can hold tokens). */
    static String origin(String url) {
        try {
            URI u = URI.create(url);
            return u.getScheme() + "://" + u.getHost() + (u.getPort() == -1 ? "" : ":" + u.getPort());
        } catch (IllegalArgumentException e) {
            return "(invalid URL)";
        }
    }
}
