package org.offerbridge.channels.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.offerbridge.channels.spi.ChannelKind;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.HandshakeAnswer;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundCall;
import org.offerbridge.platform.api.CapabilityRegistry;
import org.offerbridge.platform.api.WorkspaceStanding;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.secrets.SecretTokens;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * An inbound call from the token in its URL to a stored message: the token names the channel (and so the workspace:
 * nothing in the call can choose another), the channel's kind verifies the call over its exact bytes, and only then is
 * anything stored — in one transaction — before the caller is answered. Processing runs afterwards from the work table.
 */
@Component(service = InboundReceiver.class)
public class InboundReceiver {
    /** Longer than any token we issue; anything longer is not looked up. */
    private static final int MAX_TOKEN = 100;
    /** When a provider should try a suspended workspace again. */
    private static final String RETRY_SUSPENDED_SECONDS = "3600";

    /** The answer to a message: the ids of the first message the call carried, or nulls for a status-only call. */
    public record Answer(String messageId, String conversationId) {
    }

    private final ChannelStore channels;
    private final ChannelKinds kinds;
    private final ChannelSecrets secrets;
    private final InboundStore store;
    private final WorkProcessor processor;
    private final AcknowledgeFirst acknowledgeFirst;
    private final WorkspaceStanding standing;
    private final CapabilityRegistry capabilities;

    @Activate
    public InboundReceiver(@Reference ChannelStore channels, @Reference ChannelKinds kinds, @Reference ChannelSecrets secrets,
            @Reference InboundStore store, @Reference WorkProcessor processor, @Reference AcknowledgeFirst acknowledgeFirst,
            @Reference WorkspaceStanding standing, @Reference CapabilityRegistry capabilities) {
        this.channels = channels;
        this.kinds = kinds;
        this.secrets = secrets;
        this.store = store;
        this.processor = processor;
        this.acknowledgeFirst = acknowledgeFirst;
        this.standing = standing;
        this.capabilities = capabilities;
    }

    /** A provider's verification GET. */
    public HandshakeAnswer handshake(String token, InboundCall call) {
        Target t = target(token);
        return t.kind().handshake(call, t.settings()).orElseThrow(() -> new ProblemException(405, "method-not-allowed",
                "Method not allowed", "This inbound address takes POST", null));
    }

    /** A provider's POST: 401 when unverified, 400 when unreadable, else stored once and answered. */
    public Answer receive(String token, InboundCall call) {
        return acknowledgeFirst.acknowledging(() -> verifyAndStore(token, call));
    }

    private Answer verifyAndStore(String token, InboundCall call) {
        Target t = target(token);
        if (!t.kind().verify(call, t.settings())) {
            throw new ProblemException(401, "invalid-signature", "Unauthorized",
                    "The call is not signed with this channel's secret, or the signature is stale", null).withMessage("channels.unsigned");
        }
        InboundBatch batch;
        try {
            batch = t.kind().parse(call, t.settings());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("body", "The body is not a message of a " + t.channel().kind() + " channel")
                    .withMessage("channels.unreadable");
        }
        List<InboundStore.Stored> stored = store.store(t.channel(), batch, new String(call.body(), StandardCharsets.UTF_8));
        if (stored.stream().anyMatch(InboundStore.Stored::isNew)) {
            processor.wake();
        }
        return stored.isEmpty() ? new Answer(null, null) : new Answer(stored.get(0).messageId(), stored.get(0).conversationId());
    }

    private record Target(StoredChannel channel, ChannelKind kind, ChannelSettings settings) {
    }

    private Target target(String token) {
        Optional<StoredChannel> channel = token == null || token.isEmpty() || token.length() > MAX_TOKEN ? Optional.empty()
                : channels.byTokenHash(SecretTokens.sha256(token));
        StoredChannel c = channel.orElseThrow(() -> ProblemException.notFound("This inbound address"));
        Optional<String> plan = standing.activePlan(c.tenantId());
        if (plan.isEmpty()) {
            // suspended: nothing is kept for it, and the provider's retries bring the message once it is resumed
            throw new ProblemException(503, "workspace-suspended", "Service unavailable",
                    "This workspace is suspended; the message is not accepted now", null, Map.of("Retry-After", RETRY_SUSPENDED_SECONDS))
                    .withMessage("channels.workspaceSuspended");
        }
        if (!capabilities.planIncludes(plan.get(), ChannelsCapability.ID)) {
            // the plan lost channels: the address answers as one that does not exist
            throw ProblemException.notFound("This inbound address");
        }
        ChannelKind kind = kinds.find(c.kind()).orElseThrow(() -> new ProblemException(503, "channel-kind-unavailable",
                "Service unavailable", "This channel's kind is not installed at the moment; try again later", null));
        return new Target(c, kind, secrets.settings(c));
    }
}
