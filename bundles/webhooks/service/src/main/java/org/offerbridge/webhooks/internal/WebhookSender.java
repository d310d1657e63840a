package org.offerbridge.webhooks.internal;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.LongSupplier;

import org.offerbridge.platform.api.secrets.StandardWebhooks;
import org.offerbridge.platform.api.net.LimitedBody;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.OutboundFailure;
import org.offerbridge.platform.api.net.OutboundHttp;
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

    private static final Duration TIMEOUT = Duration.ofSeconds(TIMEOUT_SECONDS);
    private final OutboundHttp http;
    private final LongSupplier clock;

    @Activate
    public WebhookSender(@Reference OutboundAddressPolicy policy) {
        this(policy, System::currentTimeMillis);
    }

    WebhookSender(OutboundAddressPolicy policy, LongSupplier clock) {
        this.http = new OutboundHttp(policy, USER_AGENT, TIMEOUT);
        this.clock = clock;
    }

    /** Sends {@code body} signed with {@code key} for the attempt made now. */
    SendResult send(String url, String messageId, byte[] key, String body) {
        long started = clock.getAsLong();
        long timestamp = started / 1000;
        HttpRequest.Builder request = HttpRequest.newBuilder()
                .header("Content-Type", "application/json")
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", StandardWebhooks.sign(key, messageId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = http.send(url, request, LimitedBody.truncatedAt(SendResult.MAX_KEPT_BODY), TIMEOUT);
        } catch (OutboundFailure e) {
            return SendResult.failed(e.getMessage(), e.kind() == OutboundFailure.Kind.REFUSED ? 0 : elapsed(started));
        }
        int status = response.statusCode();
        String error = status < 200 || status > 299 ? OutboundHttp.describeStatus(status) : null;
        return new SendResult(status, error, response.body(), elapsed(started));
    }

    private long elapsed(long started) {
        return Math.max(0, clock.getAsLong() - started);
    }
}
