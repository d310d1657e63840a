package org.offerbridge.parser.internal.llm;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.offerbridge.platform.api.net.LimitedBody;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.OutboundFailure;
import org.offerbridge.platform.api.net.OutboundHttp;
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

    static final String USER_AGENT = "Offerbridge-Parser/1";
    private final OutboundHttp http;

    @Activate
    public ChatCompletionsClient(@Reference OutboundAddressPolicy policy) {
        this.http = new OutboundHttp(policy, USER_AGENT, Duration.ofMillis(LlmEndpoint.MAX_TIMEOUT_MILLIS));
    }

    /** The response body of a 2xx answer. */
    public String post(LlmEndpoint endpoint, byte[] requestBody) throws LlmFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder()
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(requestBody));
        if (endpoint.apiKey() != null) {
            request.header("Authorization", "Bearer " + endpoint.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = http.send(completionsUrl(endpoint.baseUrl()), request, LimitedBody.failingAbove(MAX_RESPONSE_BYTES),
                    Duration.ofMillis(endpoint.timeoutMillis()));
        } catch (OutboundFailure e) {
            throw new LlmFailure(e.kind() == OutboundFailure.Kind.REFUSED ? "the endpoint is " + e.getMessage() : e.getMessage());
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new LlmFailure(OutboundHttp.describeStatus(status));
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
}
