package org.offerbridge.channels.meta.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.offerbridge.platform.api.net.LimitedBody;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.RefusedAddressException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Calls Meta's Graph API with a Bearer token: every URL checked against the outbound policy right before the call,
 * no redirects, a short timeout. Answers are parsed as JSON (Meta answers JSON, errors included).
 */
class GraphClient {
    static final String USER_AGENT = "Offerbridge-Channels/1";
    static final ObjectMapper JSON = new ObjectMapper();

    /** Graph answers to our calls are small JSON objects; anything larger is not one. */
    static final int MAX_ANSWER_BYTES = 1 << 20;

    private final OutboundAddressPolicy policy;
    private final Duration timeout;
    private final HttpClient http;

    GraphClient(OutboundAddressPolicy policy, int timeoutSeconds) {
        this.policy = policy;
        this.timeout = Duration.ofSeconds(Math.max(1, Math.min(30, timeoutSeconds)));
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    }

    /** One Graph answer: the HTTP status and the body as JSON (missing when it was none). */
    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** Meta's {@code error} object: {@code code}, {@code error_subcode}, {@code message}. */
        JsonNode error() {
            return body.path("error");
        }

        int errorCode() {
            return error().path("code").asInt(0);
        }

        int errorSubcode() {
            return error().path("error_subcode").asInt(0);
        }

        /** Meta's own words for a failure, or the HTTP status when it gave none. */
        String errorMessage() {
            String m = error().path("message").asText("");
            return m.isBlank() ? "HTTP " + status : m + (errorCode() != 0 ? " (code " + errorCode() + ")" : "");
        }
    }

    /** Thrown when Meta cannot be called at all: refused by the outbound policy, unreachable, timed out. */
    static final class Unreachable extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean heals;

        Unreachable(String message, boolean heals) {
            super(message, null, false, false);
            this.heals = heals;
        }
    }

    Answer get(String url, String token) throws Unreachable {
        return call(HttpRequest.newBuilder(check(url)).GET(), token);
    }

    Answer post(String url, String token, JsonNode body) throws Unreachable {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
        return call(HttpRequest.newBuilder(check(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)), token);
    }

    private URI check(String url) throws Unreachable {
        try {
            return policy.check(url);
        } catch (RefusedAddressException e) {
            throw new Unreachable("the Meta API address is refused by the outbound policy: " + e.getMessage(), false);
        }
    }

    private Answer call(HttpRequest.Builder request, String token) throws Unreachable {
        request.timeout(timeout).header("User-Agent", USER_AGENT).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
        // The whole exchange within the timeout, the answer bounded: request.timeout alone covers only the headers.
        CompletableFuture<HttpResponse<String>> exchange = http.sendAsync(request.build(), LimitedBody.failingAbove(MAX_ANSWER_BYTES));
        try {
            HttpResponse<String> r = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(r.statusCode(), parse(r.body()));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new Unreachable("Meta did not answer within " + timeout.toSeconds() + " s", true);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                throw new Unreachable("Meta did not answer within " + timeout.toSeconds() + " s", true);
            }
            throw new Unreachable("Meta could not be reached (" + e.getCause().getClass().getSimpleName() + ")", true);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted", true);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isEmpty()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}
