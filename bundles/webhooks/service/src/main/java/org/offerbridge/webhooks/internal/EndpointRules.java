package org.offerbridge.webhooks.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.RefusedAddressException;
import org.offerbridge.webhooks.api.WebhookEvents;

/** The rules for endpoint fields; every refusal is a 400 naming the field, with a message key. */
final class EndpointRules {
    static final int MAX_URL = 1000;
    static final int MAX_DESCRIPTION = 500;
    /** Endpoints per workspace: each one multiplies every event, so keep it bounded. */
    static final int MAX_ENDPOINTS = 20;

    private EndpointRules() {
    }

    /** The body of a create: url and events required, description optional, enabled unless it says otherwise. */
    static NewEndpoint forCreate(NewEndpoint in, OutboundAddressPolicy policy) {
        FieldRules.body(in);
        return new NewEndpoint(url(in.url(), policy), events(in.events()), description(in.description()), in.enabled());
    }

    /** The body of a change: absent fields stay as they are; url, events and enabled cannot be cleared. */
    static EndpointPatch forChange(EndpointPatch in, OutboundAddressPolicy policy) {
        FieldRules.body(in);
        return new EndpointPatch(in.url().map(v -> url(v, policy)), in.events().map(EndpointRules::events),
                in.description().map(EndpointRules::description), in.enabled().map(v -> FieldRules.required("enabled", v)));
    }

    /** A URL the outbound policy lets us reach (http or https, no credentials, no private hosts), without a fragment. */
    static String url(String value, OutboundAddressPolicy policy) {
        String url = FieldRules.requiredText("url", value, MAX_URL);
        URI uri;
        try {
            uri = policy.check(url);
        } catch (RefusedAddressException e) {
            throw FieldRules.invalid("url", e.getMessage(), "field.url", "url");
        }
        if (uri.getRawFragment() != null) {
            throw FieldRules.invalid("url", "url must not have a fragment", "field.url", "url");
        }
        return url;
    }

    /** One or more known event types, trimmed, each once, in the order given. */
    static List<String> events(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : FieldRules.required("events", values)) {
            out.add(FieldRules.oneOf("events", v, WebhookEvents.ALL));
        }
        if (out.isEmpty()) {
            throw FieldRules.invalid("events", "events must name at least one of " + String.join(", ", WebhookEvents.ALL),
                    "field.required", "events");
        }
        return List.copyOf(out);
    }

    /** One line of at most {@link #MAX_DESCRIPTION} characters; blank is none. */
    static String description(String value) {
        return FieldRules.text("description", value, MAX_DESCRIPTION);
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
