package org.offerbridge.channels.internal.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

import org.offerbridge.channels.spi.ChannelKind;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.Connection;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundCall;
import org.offerbridge.channels.spi.MergedSettings;
import org.offerbridge.channels.spi.OutboundMessage;
import org.offerbridge.channels.spi.PreparedSettings;
import org.offerbridge.channels.spi.SendOutcome;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.RefusedAddressException;
import org.offerbridge.platform.api.secrets.StandardWebhooks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The generic signed webhook for integrators. Inbound calls are signed exactly like our outbound webhooks (Standard
 * Webhooks with the channel's own {@code whsec_} secret, made by the server and shown once); {@code webhook-id} is the
 * dedup key. Staff replies go to the optional {@code replyUrl} as a signed POST; without one a reply is refused at once
 * (409 naming {@code channel}) rather than kept where nobody would ever read it.
 */
@Component(service = ChannelKind.class)
public class WebhookKind implements ChannelKind {
    public static final String ID = "webhook";
    static final String SECRET = "secret";
    static final String REPLY_URL = "replyUrl";

    private final OutboundAddressPolicy policy;
    private final ReplyPoster poster;
    private final LongSupplier clock;

    @Activate
    public WebhookKind(@Reference OutboundAddressPolicy policy) {
        this(policy, new ReplyPoster(policy), System::currentTimeMillis);
    }

    WebhookKind(OutboundAddressPolicy policy, ReplyPoster poster, LongSupplier clock) {
        this.policy = policy;
        this.poster = poster;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PreparedSettings settings(Map<String, Object> given, ChannelSettings current) {
        MergedSettings merged = MergedSettings.over(given, current, Set.of(REPLY_URL), Set.of());
        Map<String, String> values = new HashMap<>();
        String url = FieldRules.webUrl("settings." + REPLY_URL, merged.value(REPLY_URL));
        if (url != null) {
            values.put(REPLY_URL, url);
        }
        String secret = current.secret(SECRET);
        if (secret != null) {
            return new PreparedSettings(values, Map.of(SECRET, secret), Map.of());
        }
        String made = StandardWebhooks.newSecret();
        return new PreparedSettings(values, Map.of(SECRET, made), Map.of(SECRET, made));
    }

    @Override
    public String accountKey(ChannelSettings settings) {
        return null; // the integrator's side is identified by the secret alone
    }

    @Override
    public Connection connect(ChannelSettings settings, URI inboundUrl) {
        String url = settings.value(REPLY_URL);
        if (url != null) {
            try {
                policy.check(url);
            } catch (RefusedAddressException e) {
                return Connection.needsAttention("The reply URL is refused by the outbound policy: " + e.getMessage());
            }
        }
        return Connection.ok();
    }

    @Override
    public boolean verify(InboundCall call, ChannelSettings settings) {
        String secret = settings.secret(SECRET);
        if (secret == null) {
            return false;
        }
        return StandardWebhooks.verify(StandardWebhooks.keyBytes(secret), call.header("webhook-id"), call.header("webhook-timestamp"),
                call.header("webhook-signature"), call.body(), clock.getAsLong() / 1000);
    }

    @Override
    public InboundBatch parse(InboundCall call, ChannelSettings settings) {
        InboundBatch.InboundMessage m = WebhookPayload.read(call.header("webhook-id"), call.body(), call.receivedAt());
        return new InboundBatch(List.of(m), List.of());
    }

    @Override
    public Optional<String> cannotReply(ChannelSettings settings) {
        return settings.value(REPLY_URL) == null
                ? Optional.of("This webhook channel has no reply URL: set settings.replyUrl to receive staff replies")
                : Optional.empty();
    }

    @Override
    public SendOutcome send(OutboundMessage message, ChannelSettings settings) {
        String url = settings.value(REPLY_URL);
        String secret = settings.secret(SECRET);
        if (url == null || secret == null) {
            return SendOutcome.permanent("the channel has no reply URL");
        }
        String body = WebhookPayload.reply(message, Instant.ofEpochMilli(clock.getAsLong()));
        return poster.post(url, "msg_" + message.messageId().replace("-", ""), StandardWebhooks.keyBytes(secret), body,
                clock.getAsLong() / 1000);
    }
}
