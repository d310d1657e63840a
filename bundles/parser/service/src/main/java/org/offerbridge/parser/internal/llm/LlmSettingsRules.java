package org.offerbridge.parser.internal.llm;

import java.net.URI;

import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.RefusedAddressException;

/** Validation of a tenant's LLM setting over the platform's field rules; every refusal is a 400 naming the field. */
final class LlmSettingsRules {
    static final int MAX_URL = 500;
    static final int MAX_MODEL = 200;
    static final int MAX_KEY = 1000;

    private LlmSettingsRules() {
    }

    /** The base URL without trailing slashes: an http(s) address the outbound policy allows; blank is null. */
    static String baseUrl(String value, OutboundAddressPolicy policy) {
        String url = FieldRules.webUrl("baseUrl", value);
        if (url == null) {
            return null;
        }
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        FieldRules.text("baseUrl", url, MAX_URL);
        URI uri;
        try {
            uri = policy.check(url);
        } catch (RefusedAddressException e) {
            throw FieldRules.invalid("baseUrl", e.getMessage(), "field.url", "baseUrl");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            // /chat/completions is appended to it, and a query is where keys tend to hide
            throw FieldRules.invalid("baseUrl", "baseUrl must not have a query or fragment", "field.url", "baseUrl");
        }
        return url;
    }

    /** A model name on one line; blank is null. */
    static String model(String value) {
        return FieldRules.text("model", value, MAX_MODEL);
    }

    static int timeoutMillis(Integer value) {
        if (value == null) {
            return LlmEndpoint.DEFAULT_TIMEOUT_MILLIS;
        }
        if (value < LlmEndpoint.MIN_TIMEOUT_MILLIS || value > LlmEndpoint.MAX_TIMEOUT_MILLIS) {
            throw FieldRules.invalid("timeoutMillis", "timeoutMillis must be between " + LlmEndpoint.MIN_TIMEOUT_MILLIS
                    + " and " + LlmEndpoint.MAX_TIMEOUT_MILLIS, "field.range", "timeoutMillis", LlmEndpoint.MIN_TIMEOUT_MILLIS,
                    LlmEndpoint.MAX_TIMEOUT_MILLIS);
        }
        return value;
    }

    /** A key goes into an HTTP header: visible ASCII only, so it cannot smuggle in another header. */
    static String apiKey(String value) {
        if (value.length() > MAX_KEY || !value.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw FieldRules.invalid("apiKey", "apiKey must be at most " + MAX_KEY + " visible ASCII characters", "parser.apiKey",
                    "apiKey", MAX_KEY);
        }
        return value;
    }

    /** Scheme, host and port only: what the audit trail may show of an endpoint. */
    static String origin(String url) {
        if (url == null) {
            return "-";
        }
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getHost() + (u.getPort() == -1 ? "" : ":" + u.getPort());
    }
}
