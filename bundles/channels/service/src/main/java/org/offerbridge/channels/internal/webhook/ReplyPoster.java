package org.offerbridge.channels.internal.webhook;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.offerbridge.channels.spi.SendOutcome;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.OutboundFailure;
import org.offerbridge.platform.api.net.OutboundHttp;
import org.offerbridge.platform.api.secrets.StandardWebhooks;

/**
 * POSTs one signed reply to an integrator's URL: checked against the outbound policy right before the call, no
 * redirects, {@value #TIMEOUT_SECONDS} s at most for the whole exchange. 2xx is sent; 408, 429 and 5xx and network failures may heal; other
 * answers and a refused address will not.
 */
class ReplyPoster {
    static final int TIMEOUT_SECONDS = 10;
    static final String USER_AGENT = "Offerbridge-Channels/1";

    private static final Duration TIMEOUT = Duration.ofSeconds(TIMEOUT_SECONDS);
    private final OutboundHttp http;

    ReplyPoster(OutboundAddressPolicy policy) {
        this.http = new OutboundHttp(policy, USER_AGENT, TIMEOUT);
    }

    SendOutcome post(String url, String messageId, byte[] key, String body, long timestampSeconds) {
        HttpRequest.Builder request = HttpRequest.newBuilder().header("Content-Type", "application/json")
                .header("webhook-id", messageId).header("webhook-timestamp", Long.toString(timestampSeconds))
                .header("webhook-signature", StandardWebhooks.sign(key, messageId, timestampSeconds, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            return outcome(http.send(url, request, HttpResponse.BodyHandlers.discarding(), TIMEOUT).statusCode(), messageId);
        } catch (OutboundFailure e) {
            String reason = e.kind() == OutboundFailure.Kind.REFUSED ? "the reply URL is " + e.getMessage() : e.getMessage();
            return e.heals() ? SendOutcome.retry(reason) : SendOutcome.permanent(reason);
        }
    }

    static SendOutcome outcome(int status, String messageId) {
        if (status >= 200 && status < 300) {
            return SendOutcome.sent(messageId);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return SendOutcome.retry("the reply URL answered HTTP " + status);
        }
        return SendOutcome.permanent("the reply URL answered " + OutboundHttp.describeStatus(status));
    }
}
