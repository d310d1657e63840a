package org.offerbridge.parser.internal.llm;

import java.net.URI;

import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.RefusedAddressException;
import org.offerbridge.platform.api.rest.ProblemException;

/** Validation of a tenant's LLM setting; every refusal is a 400 naming the field. */
final class LlmSettingsRules {
    static final int MAX_URL = 500;
    static final int MAX_MODEL = 200;
    static final int MAX_KEY = 1000;

    private LlmSettingsRules() {
    }

    /** The base URL without trailing slashes, checked against the outbound policy; null stays null. */
    static String baseUrl(String value, OutboundAddressPolicy policy) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String url = value.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        if (url.length() > MAX_URL) {
            throw ProblemException.invalid("baseUrl", "baseUrl must be at most " + MAX_URL + " characters");
        }
        URI uri;
        try {
            uri = policy.check(url);
        } catch (RefusedAddressException e) {
            throw ProblemException.invalid("baseUrl", e.getMessage());
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            // /chat/completions is appended to it, and a query is where keys tend to hide
            throw ProblemException.invalid("baseUrl", "baseUrl must not have a query or fragment");
        }
        return url;
    }

    static String model(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String model = value.strip();
        if (model.length() > MAX_MODEL || model.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalid("model", "model must be at most " + MAX_MODEL + " characters on one line");
        }
        return model;
    }

    static int timeoutMillis(Integer value) {
        if (value == null) {
            return LlmEndpoint.DEFAULT_TIMEOUT_MILLIS;
        }
        if (value < LlmEndpoint.MIN_TIMEOUT_MILLIS || value > LlmEndpoint.MAX_TIMEOUT_MILLIS) {
            throw ProblemException.invalid("timeoutMillis", "timeoutMillis must be between " + LlmEndpoint.MIN_TIMEOUT_MILLIS
                    + " and " + LlmEndpoint.MAX_TIMEOUT_MILLIS);
        }
        return value;
    }

    /** A key goes into an HTTP header: visible ASCII only, so it cannot smuggle in another header. */
    static String apiKey(String value) {
        if (value.length() > MAX_KEY || !value.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ProblemException.invalid("apiKey", "apiKey must be at most " + MAX_KEY + " visible ASCII characters");
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
