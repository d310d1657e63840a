package org.offerbridge.channels.meta.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.offerbridge.channels.spi.ChannelKind;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.Connection;
import org.offerbridge.channels.spi.HandshakeAnswer;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundCall;
import org.offerbridge.channels.spi.MediaDownload;
import org.offerbridge.channels.spi.OutboundMessage;
import org.offerbridge.channels.spi.PreparedSettings;
import org.offerbridge.channels.spi.SendOutcome;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Instagram messaging kind (Instagram API with Instagram Login): one professional account. Connecting reads the
 * account with the token; inbound calls follow Meta's rules as WhatsApp; replies go through the Send API
 * ({@code POST /{account-id}/messages}) as text within the 24-hour messaging window. The human-agent tag (7 days)
 * needs Meta's App Review and is not used.
 */
// The configuration is designated once, on WhatsAppKind; both kinds read the same PID.
@Component(service = ChannelKind.class, configurationPid = MetaConfig.PID)
public class InstagramKind implements ChannelKind {
    public static final String ID = "instagram";
    static final String ACCOUNT_ID = "accountId";
    static final String ACCESS_TOKEN = "accessToken";
    static final String APP_SECRET = "appSecret";
    static final String VERIFY_TOKEN = "verifyToken";
    static final int MAX_TEXT_BYTES = 1000;
    static final String WINDOW_CLOSED = "The 24-hour Instagram messaging window is closed (the customer last wrote more than"
            + " 24 hours ago): Instagram takes a reply only after the customer writes again";

    private final GraphClient graph;
    private final String base;
    private final Clock clock;

    @Activate
    public InstagramKind(@Reference OutboundAddressPolicy policy, MetaConfig config) {
        this(new GraphClient(policy, config.timeoutSeconds()), config.instagramBaseUrl(), Clock.systemUTC());
    }

    InstagramKind(GraphClient graph, String base, Clock clock) {
        this.graph = graph;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PreparedSettings settings(Map<String, Object> given, ChannelSettings current) {
        MetaSettings s = MetaSettings.merge(given, current, Set.of(ACCOUNT_ID), Set.of(ACCESS_TOKEN, APP_SECRET, VERIFY_TOKEN));
        s.requiredId(ACCOUNT_ID);
        s.requireSecret(ACCESS_TOKEN);
        s.requireSecret(APP_SECRET);
        s.requireSecret(VERIFY_TOKEN);
        return new PreparedSettings(s.values, s.secrets, Map.of());
    }

    @Override
    public String accountKey(ChannelSettings settings) {
        return settings.value(ACCOUNT_ID);
    }

    @Override
    public Connection connect(ChannelSettings settings, URI inboundUrl) {
        String url = base + "/" + WhatsAppKind.enc(settings.value(ACCOUNT_ID)) + "?fields=id,username";
        try {
            GraphClient.Answer a = graph.get(url, settings.secret(ACCESS_TOKEN));
            return a.ok() ? Connection.ok()
                    : Connection.needsAttention("Instagram refused to show the account with this access token: " + a.errorMessage());
        } catch (GraphClient.Unreachable e) {
            return Connection.needsAttention("Instagram could not be checked: " + e.getMessage());
        }
    }

    @Override
    public Optional<HandshakeAnswer> handshake(InboundCall call, ChannelSettings settings) {
        return MetaWebhooks.handshake(call, settings.secret(VERIFY_TOKEN));
    }

    @Override
    public boolean verify(InboundCall call, ChannelSettings settings) {
        return MetaWebhooks.verify(call, settings.secret(APP_SECRET));
    }

    @Override
    public InboundBatch parse(InboundCall call, ChannelSettings settings) {
        return InstagramPayload.read(call.body(), settings.value(ACCOUNT_ID));
    }

    @Override
    public Optional<String> cannotReply(ChannelSettings settings, Instant lastInboundAt) {
        return ReplyWindow.open(lastInboundAt, clock.instant()) ? Optional.empty() : Optional.of(WINDOW_CLOSED);
    }

    @Override
    public SendOutcome send(OutboundMessage message, ChannelSettings settings) {
        if (!ReplyWindow.open(message.lastInboundAt(), clock.instant())) {
            return SendOutcome.contactOnly(WINDOW_CLOSED);
        }
        if (message.text().getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            return SendOutcome.contactOnly("Instagram takes at most " + MAX_TEXT_BYTES + " bytes of text in one message");
        }
        try {
            GraphClient.Answer a = graph.post(base + "/" + WhatsAppKind.enc(settings.value(ACCOUNT_ID)) + "/messages",
                    settings.secret(ACCESS_TOKEN), InstagramPayload.text(message.threadKey(), message.text()));
            String id = a.body().path("message_id").asText("");
            return a.ok() ? SendOutcome.sent(id.isEmpty() ? null : id) : MetaErrors.failure("Instagram", a, WINDOW_CLOSED);
        } catch (GraphClient.Unreachable e) {
            return e.heals ? SendOutcome.retry(e.getMessage()) : SendOutcome.permanent(e.getMessage());
        }
    }

    /** An attachment's {@code payload.url}: a pre-signed CDN address, fetched without the token. */
    @Override
    public MediaDownload download(String ref, ChannelSettings settings, long maxBytes) {
        if (ref == null) {
            return MediaDownload.permanent("no attachment URL");
        }
        try {
            GraphClient.Download d = graph.download(ref, null, maxBytes);
            if (d.tooLarge()) {
                return MediaDownload.oversized();
            }
            if (d.bytes() == null) {
                boolean heals = d.status() == 429 || d.status() >= 500;
                String why = "the attachment download answered HTTP " + d.status();
                return heals ? MediaDownload.retry(why) : MediaDownload.permanent(why);
            }
            return MediaDownload.of(d.bytes(), null, null);
        } catch (GraphClient.Unreachable e) {
            return e.heals ? MediaDownload.retry(e.getMessage()) : MediaDownload.permanent(e.getMessage());
        }
    }
}
