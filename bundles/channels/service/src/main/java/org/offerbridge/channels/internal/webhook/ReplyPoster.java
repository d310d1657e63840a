package org.offerbridge.channels.internal.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.offerbridge.channels.spi.SendOutcome;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.RefusedAddressException;
import org.offerbridge.platform.api.secrets.StandardWebhooks;

/**
 * POSTs one signed reply to an integrator's URL: checked against the outbound policy right before the call, no
 * redirects, {@value #TIMEOUT_SECONDS} s at most. 2xx is sent; 408, 429 and 5xx and network failures may heal; other
 * answers and a refused address will not.
 */
class ReplyPoster {
    static final int TIMEOUT_SECONDS = 10;
    static final String USER_AGENT = "Offerbridge-Channels/1";

    private final OutboundAddressPolicy policy;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS)).build();

    ReplyPoster(OutboundAddressPolicy policy) {
        this.policy = policy;
    }

    SendOutcome post(String url, String messageId, byte[] key, String body, long timestampSeconds) {
        URI uri;
        try {
            uri = policy.check(url);
        } catch (RefusedAddressException e) {
            return SendOutcome.permanent("the reply URL is refused by the outbound policy: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                .header("Content-Type", "application/json").header("User-Agent", USER_AGENT)
                .header("webhook-id", messageId).header("webhook-timestamp", Long.toString(timestampSeconds))
                .header("webhook-signature", StandardWebhooks.sign(key, messageId, timestampSeconds, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return outcome(status, messageId);
        } catch (HttpTimeoutException e) {
            return SendOutcome.retry("timed out after " + TIMEOUT_SECONDS + " s");
        } catch (IOException e) {
            return SendOutcome.retry("could not connect (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendOutcome.retry("interrupted");
        }
    }

    static SendOutcome outcome(int status, String messageId) {
        if (status >= 200 && status < 300) {
            return SendOutcome.sent(messageId);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return SendOutcome.retry("the reply URL answered HTTP " + status);
        }
        return SendOutcome.permanent("the reply URL answered HTTP " + status + (status >= 300 && status < 400 ? " (redirects are not followed)" : ""));
    }
}
