package org.offerbridge.platform.api.net;

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

import javax.net.ssl.SSLException;

/**
 * The one way server-side code makes an HTTP call: the URL is checked against the {@link OutboundAddressPolicy} right
 * before connecting (DNS may have changed since it was saved), redirects are never followed (a 3xx is the answer),
 * and the whole exchange, body included, must finish within the timeout ({@code HttpRequest.timeout} alone covers
 * only the headers, so a slow endless body could hold a thread). Bound the answer with {@link LimitedBody}.
 */
public final class OutboundHttp {
    private final OutboundAddressPolicy policy;
    private final String userAgent;
    private final HttpClient http;

    public OutboundHttp(OutboundAddressPolicy policy, String userAgent, Duration connectTimeout) {
        this.policy = policy;
        this.userAgent = userAgent;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout).build();
    }

    /**
     * Sends {@code request} (a builder without a URI) to {@code url}.
     *
     * @throws OutboundFailure when there is no answer; an answer of any status is returned
     */
    public <T> HttpResponse<T> send(String url, HttpRequest.Builder request, HttpResponse.BodyHandler<T> answer, Duration timeout)
            throws OutboundFailure {
        URI uri;
        try {
            uri = policy.check(url);
        } catch (RefusedAddressException e) {
            throw new OutboundFailure(OutboundFailure.Kind.REFUSED, "refused by the outbound policy: " + e.getMessage());
        }
        HttpRequest built = request.uri(uri).timeout(timeout).setHeader("User-Agent", userAgent).build();
        CompletableFuture<HttpResponse<T>> exchange = http.sendAsync(built, answer);
        try {
            return exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timedOut(timeout);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new OutboundFailure(OutboundFailure.Kind.INTERRUPTED, "interrupted");
        } catch (ExecutionException e) {
            throw failure(e.getCause(), timeout);
        }
    }

    /** "HTTP 404", with a hint for a 3xx: callers' one line for a status that is not 2xx. */
    public static String describeStatus(int status) {
        return "HTTP " + status + (status >= 300 && status < 400 ? " (redirects are not followed)" : "");
    }

    private static OutboundFailure timedOut(Duration timeout) {
        long ms = timeout.toMillis();
        return new OutboundFailure(OutboundFailure.Kind.TIMED_OUT, "timed out after " + (ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms"));
    }

    /** One line naming the kind of failure; exception messages are left out, they may quote the URL. */
    private static OutboundFailure failure(Throwable cause, Duration timeout) {
        if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
            return timedOut(timeout);
        }
        if (cause instanceof LimitedBody.TooLarge) {
            return new OutboundFailure(OutboundFailure.Kind.TOO_LARGE, cause.getMessage());
        }
        if (cause instanceof ConnectException) {
            return new OutboundFailure(OutboundFailure.Kind.UNREACHABLE, "could not connect");
        }
        if (cause instanceof SSLException) {
            return new OutboundFailure(OutboundFailure.Kind.UNREACHABLE, "TLS handshake failed");
        }
        return new OutboundFailure(OutboundFailure.Kind.UNREACHABLE, "connection failed (" + cause.getClass().getSimpleName() + ")");
    }
}
