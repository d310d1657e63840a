package org.offerbridge.channels.meta.internal;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.offerbridge.channels.spi.FormData;
import org.offerbridge.platform.api.net.LimitedBody;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.OutboundFailure;
import org.offerbridge.platform.api.net.OutboundHttp;

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

    private final Duration timeout;
    private final OutboundHttp http;

    GraphClient(OutboundAddressPolicy policy, int timeoutSeconds) {
        this.timeout = Duration.ofSeconds(Math.max(1, Math.min(30, timeoutSeconds)));
        this.http = new OutboundHttp(policy, USER_AGENT, timeout);
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
        return call(url, HttpRequest.newBuilder().GET(), token);
    }

    Answer post(String url, String token, JsonNode body) throws Unreachable {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
        return call(url, HttpRequest.newBuilder().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)), token);
    }

    /** A {@code multipart/form-data} POST, e.g. a media upload. */
    Answer postForm(String url, String token, FormData.Body form) throws Unreachable {
        return call(url, HttpRequest.newBuilder().header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())), token);
    }

    private Answer call(String url, HttpRequest.Builder request, String token) throws Unreachable {
        request.header("Accept", "application/json").header("Authorization", "Bearer " + token);
        try {
            HttpResponse<String> r = http.send(url, request, LimitedBody.failingAbove(MAX_ANSWER_BYTES), timeout);
            return new Answer(r.statusCode(), parse(r.body()));
        } catch (OutboundFailure e) {
            throw new Unreachable("the Meta API " + (e.kind() == OutboundFailure.Kind.REFUSED ? "address is " : "call ") + e.getMessage(), e.heals());
        }
    }

    /** A downloaded file, or why there is none. */
    record Download(byte[] bytes, boolean tooLarge, int status) {
    }

    /**
     * Downloads a file (an inbound media URL): with the Bearer {@code token} where the host needs it (WhatsApp's media
     * URLs), without for pre-signed CDN URLs (Instagram's); at most {@code maxBytes}. A non-2xx answer is returned
     * with its status.
     */
    Download download(String url, String token, long maxBytes) throws Unreachable {
        HttpRequest.Builder request = HttpRequest.newBuilder().GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        int limit = (int) Math.min(Integer.MAX_VALUE - 1, Math.max(0, maxBytes));
        try {
            HttpResponse<byte[]> r = http.send(url, request, LimitedBody.bytesFailingAbove(limit), timeout);
            boolean ok = r.statusCode() >= 200 && r.statusCode() < 300;
            return new Download(ok ? r.body() : null, false, r.statusCode());
        } catch (OutboundFailure e) {
            if (e.kind() == OutboundFailure.Kind.TOO_LARGE) {
                return new Download(null, true, 0);
            }
            throw new Unreachable("the file download " + (e.kind() == OutboundFailure.Kind.REFUSED ? "address is " : "") + e.getMessage(),
                    e.heals());
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
