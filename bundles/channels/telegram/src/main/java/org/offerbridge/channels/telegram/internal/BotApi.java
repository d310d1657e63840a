package org.offerbridge.channels.telegram.internal;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.offerbridge.channels.spi.FormData;
import org.offerbridge.platform.api.net.LimitedBody;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.OutboundFailure;
import org.offerbridge.platform.api.net.OutboundHttp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Calls one Bot API method as a JSON POST to {@code <base>/bot<token>/<method>}: the URL is checked against the
 * outbound policy right before the call, redirects are not followed. The URL carries the bot token, so neither it nor
 * an exception message that could contain it is ever logged or returned.
 */
final class BotApi {
    static final String USER_AGENT = "Offerbridge-Channels/1";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longest provider description we keep: it ends up in a status reason or a message's failure. */
    private static final int MAX_DESCRIPTION = 300;

    /** Telegram's answer: {@code {"ok":true,"result":…}} or {@code {"ok":false,"error_code","description","parameters"}}. */
    record Answer(int status, boolean ok, JsonNode result, String description, Integer retryAfter) {
    }

    /** The Bot API could not be asked: refused by the outbound policy (will not heal) or not reached (may heal). */
    static final class Unreachable extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean heals;

        Unreachable(String reason, boolean heals) {
            super(reason, null, false, false);
            this.heals = heals;
        }
    }

    /** Bot API answers are small JSON objects; anything larger is not one. */
    static final int MAX_ANSWER_BYTES = 1 << 20;

    private final String base;
    private final Duration timeout;
    private final OutboundHttp http;

    BotApi(OutboundAddressPolicy policy, String base, int connectTimeoutSeconds, int requestTimeoutSeconds) {
        String b = base.strip();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        this.timeout = Duration.ofSeconds(clamp(requestTimeoutSeconds, 1, 60));
        this.http = new OutboundHttp(policy, USER_AGENT, Duration.ofSeconds(clamp(connectTimeoutSeconds, 1, 30)));
    }

    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    Answer call(String token, String method, ObjectNode params) throws Unreachable {
        return send(token, method, HttpRequest.newBuilder().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(params.toString())));
    }

    /** A method with an upload, e.g. {@code sendDocument}: its parameters as {@code multipart/form-data}. */
    Answer callForm(String token, String method, FormData.Body form) throws Unreachable {
        return send(token, method, HttpRequest.newBuilder().header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
    }

    private Answer send(String token, String method, HttpRequest.Builder request) throws Unreachable {
        HttpResponse<String> response;
        try {
            response = http.send(base + "/bot" + token + "/" + method, request, LimitedBody.failingAbove(MAX_ANSWER_BYTES), timeout);
        } catch (OutboundFailure e) {
            throw new Unreachable("the Bot API " + (e.kind() == OutboundFailure.Kind.REFUSED ? "address is " : "call ") + e.getMessage(), e.heals());
        }
        return answer(response.statusCode(), response.body().getBytes(StandardCharsets.UTF_8));
    }

    /** A file's bytes, or why there are none. */
    record FileBytes(byte[] bytes, boolean tooLarge, String failure, boolean heals) {
    }

    /**
     * Downloads a file the bot received: {@code getFile} for its {@code file_path}, then
     * {@code <base>/file/bot<token>/<file_path>}; at most {@code maxBytes}.
     */
    FileBytes file(String token, String fileId, long maxBytes) {
        ObjectNode p = params();
        p.put("file_id", fileId);
        Answer a;
        try {
            a = call(token, "getFile", p);
        } catch (Unreachable e) {
            return new FileBytes(null, false, e.getMessage(), e.heals);
        }
        if (!a.ok() || a.result() == null || !a.result().path("file_path").isTextual()) {
            // a 429 or 5xx may heal; a file_id Telegram no longer knows (400) or a file above the Bot API's 20 MB will not
            boolean heals = a.status() == 429 || a.status() >= 500;
            return new FileBytes(null, false, "getFile: " + a.description(), heals);
        }
        String path = a.result().get("file_path").asText();
        if (path.contains("..") || path.startsWith("/")) {
            return new FileBytes(null, false, "getFile gave an unusable file path", false);
        }
        int limit = (int) Math.min(Integer.MAX_VALUE - 1, Math.max(0, maxBytes));
        try {
            HttpResponse<byte[]> r = http.send(base + "/file/bot" + token + "/" + path, HttpRequest.newBuilder().GET(),
                    LimitedBody.bytesFailingAbove(limit), timeout);
            if (r.statusCode() >= 200 && r.statusCode() < 300) {
                return new FileBytes(r.body(), false, null, false);
            }
            return new FileBytes(null, false, "the file download answered " + OutboundHttp.describeStatus(r.statusCode()),
                    r.statusCode() == 429 || r.statusCode() >= 500 || r.statusCode() == 404);
        } catch (OutboundFailure e) {
            if (e.kind() == OutboundFailure.Kind.TOO_LARGE) {
                return new FileBytes(null, true, null, false);
            }
            return new FileBytes(null, false, "the file download " + e.getMessage(), e.heals());
        }
    }

    static Answer answer(int status, byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            return new Answer(status, false, null, "HTTP " + status + " without a Bot API answer", null);
        }
        boolean ok = status >= 200 && status < 300 && root.path("ok").asBoolean(false);
        JsonNode retry = root.path("parameters").path("retry_after");
        String description = root.path("description").isTextual() ? clean(root.get("description").asText()) : null;
        return new Answer(status, ok, root.get("result"), description == null ? "HTTP " + status : description,
                retry.canConvertToInt() ? retry.asInt() : null);
    }

    /** A provider's text made safe to show and store: no control characters, bounded length. */
    static String clean(String text) {
        String t = text.replaceAll("\\p{Cntrl}", " ").strip();
        return t.length() > MAX_DESCRIPTION ? t.substring(0, MAX_DESCRIPTION) + "…" : t;
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
