package org.offerbridge.parser.internal.llm;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * POSTs a chat-completions request and returns the response body. The endpoint is checked against the
 * outbound policy right before each call, redirects are never followed (a 3xx is an error), and the whole
 * exchange, body included, must finish within the endpoint's timeout.
 */
@Component(service = ChatCompletionsClient.class)
public class ChatCompletionsClient {
    /** Far above any structured reply for one message; stops an endpoint from filling memory. */
    static final int MAX_RESPONSE_BYTES = 1 << 20;

    private final OutboundAddressPolicy policy;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofMillis(LlmEndpoint.MAX_TIMEOUT_MILLIS))
            .build();

    @Activate
    public ChatCompletionsClient(@Reference OutboundAddressPolicy policy) {
        this.policy = policy;
    }

    /** The response body of a 2xx answer. */
    public String post(LlmEndpoint endpoint, byte[] requestBody) throws LlmFailure {
        URI uri;
        try {
            uri = policy.check(completionsUrl(endpoint.baseUrl()));
        } catch (RefusedAddressException e) {
            throw new LlmFailure("the endpoint is refused by the outbound policy: " + e.getMessage());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMillis(endpoint.timeoutMillis()))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(requestBody));
        if (endpoint.apiKey() != null) {
            request.header("Authorization", "Bearer " + endpoint.apiKey());
        }
        CompletableFuture<HttpResponse<String>> exchange = http.sendAsync(request.build(), LimitedBody.failingAbove(MAX_RESPONSE_BYTES));
        HttpResponse<String> response;
        try {
            response = exchange.get(endpoint.timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timedOut(endpoint);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new LlmFailure("interrupted");
        } catch (ExecutionException e) {
            throw failure(e.getCause(), endpoint);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new LlmFailure("HTTP " + status + (status >= 300 && status < 400 ? " (redirects are not followed)" : ""));
        }
        return response.body();
    }

    static String completionsUrl(String baseUrl) {
        String base = baseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/chat/completions";
    }

    private static LlmFailure timedOut(LlmEndpoint endpoint) {
        return new LlmFailure("timed out after " + endpoint.timeoutMillis() + " ms");
    }

    /** One line naming the kind of failure; exception messages are left out, they may quote the URL. */
    private static LlmFailure failure(Throwable cause, LlmEndpoint endpoint) {
        if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
            return timedOut(endpoint);
        }
        if (cause instanceof ConnectException) {
            return new LlmFailure("could not connect");
        }
        if (cause instanceof IOException && cause.getMessage() != null && cause.getMessage().startsWith("response larger than")) {
            return new LlmFailure(cause.getMessage());
        }
        if (cause instanceof javax.net.ssl.SSLException) {
            return new LlmFailure("TLS handshake failed");
        }
        return new LlmFailure("connection failed (" + cause.getClass().getSimpleName() + ")");
    }
}
