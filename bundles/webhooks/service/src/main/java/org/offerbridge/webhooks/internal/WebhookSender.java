package org.offerbridge.webhooks.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

import org.offerbridge.platform.api.secrets.StandardWebhooks;
import org.offerbridge.platform.api.net.LimitedBody;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.RefusedAddressException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * POSTs one signed message. The URL is checked against the outbound policy right before each attempt (DNS may
 * have changed since registration), redirects are never followed, and the whole exchange must finish within
 * {@value #TIMEOUT_SECONDS} seconds.
 */
@Component(service = WebhookSender.class)
public class WebhookSender {
    static final int TIMEOUT_SECONDS = 10;
    static final String USER_AGENT = "Offerbridge-Webhooks/1";

    private final OutboundAddressPolicy policy;
    private final LongSupplier clock;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS))
            .build();

    @Activate
    public WebhookSender(@Reference OutboundAddressPolicy policy) {
        this(policy, System::currentTimeMillis);
    }

    WebhookSender(OutboundAddressPolicy policy, LongSupplier clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** Sends {@code body} signed with {@code key} for the attempt made now. */
    SendResult send(String url, String messageId, byte[] key, String body) {
        long started = clock.getAsLong();
        URI uri;
        try {
            uri = policy.check(url);
        } catch (RefusedAddressException e) {
            return SendResult.failed("refused by the outbound policy: " + e.getMessage(), 0);
        }
        long timestamp = started / 1000;
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", StandardWebhooks.sign(key, messageId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        CompletableFuture<HttpResponse<String>> exchange = http.sendAsync(request, LimitedBody.truncatedAt(SendResult.MAX_KEPT_BODY));
        HttpResponse<String> response;
        try {
            response = exchange.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return SendResult.failed("timed out after " + TIMEOUT_SECONDS + " s", elapsed(started));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return SendResult.failed("interrupted", elapsed(started));
        } catch (ExecutionException e) {
            return SendResult.failed(failure(e.getCause()), elapsed(started));
        }
        int status = response.statusCode();
        String error = null;
        if (status < 200 || status > 299) {
            error = "HTTP " + status + (status >= 300 && status < 400 ? " (redirects are not followed)" : "");
        }
        return new SendResult(status, error, response.body(), elapsed(started));
    }

    private long elapsed(long started) {
        return Math.max(0, clock.getAsLong() - started);
    }

    /** One line naming the kind of failure; exception messages are left out, they may quote the URL. */
    private static String failure(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
            return "timed out after " + TIMEOUT_SECONDS + " s";
        }
        if (cause instanceof ConnectException) {
            return "could not connect";
        }
        if (cause instanceof javax.net.ssl.SSLException) {
            return "TLS handshake failed";
        }
        if (cause instanceof IOException) {
            return "connection failed (" + cause.getClass().getSimpleName() + ")";
        }
        return "failed (" + cause.getClass().getSimpleName() + ")";
    }
}
