package org.offerbridge.channels.spi;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One kind of channel, registered as an OSGi service (a whiteboard keyed by {@link #id()}). The capability calls it
 * in this order: {@link #settings} when a channel is created or changed, {@link #accountKey} to keep a provider account
 * in one workspace, {@link #connect} after the channel is stored (and on "test"); for every inbound HTTP call
 * {@link #handshake} (GET) or {@link #verify} then {@link #parse} on the exact bytes received; and {@link #send} from the
 * outbox for each reply. Kinds keep no state of their own: everything they need is in {@link ChannelSettings}.
 * Implementations must never log secrets or message texts.
 */
@ConsumerType
public interface ChannelKind {

    /** The kind's id as the API names it: {@code webhook}, {@code whatsapp}, {@code telegram}, {@code instagram}, {@code email}. */
    String id();

    /**
     * Validates and normalises the settings a caller gave, merged over {@code current} (empty on create): throws the
     * platform's 400 {@code ProblemException} naming the setting ({@code settings.<name>}). Says which values are secret
     * (stored encrypted, never returned) and which secrets the server made and shows once (e.g. a {@code whsec_} secret).
     */
    PreparedSettings settings(Map<String, Object> given, ChannelSettings current);

    /**
     * The provider account these settings connect (WhatsApp phone-number id, Telegram bot id, Instagram account id,
     * mailbox address), unique across workspaces; null when the kind has none (the generic webhook).
     */
    String accountKey(ChannelSettings settings);

    /**
     * Connects or checks the connection, e.g. registers {@code inboundUrl} with the provider. May call the provider; a
     * failure is a {@link Connection#needsAttention} with a reason a person can act on, never an exception.
     */
    Connection connect(ChannelSettings settings, URI inboundUrl);

    /**
     * Answers a provider's verification handshake (Meta's {@code hub.challenge} GET); empty when the call is no
     * handshake of this kind (then it is answered 405).
     */
    default Optional<HandshakeAnswer> handshake(InboundCall call, ChannelSettings settings) {
        return Optional.empty();
    }

    /** True when the call carries this channel's proof (signature, secret token) over its exact bytes; else it is refused 401. */
    boolean verify(InboundCall call, ChannelSettings settings);

    /**
     * The messages and status updates in a verified call; throws {@link IllegalArgumentException} for a body this kind
     * cannot read (answered 400, nothing stored).
     */
    InboundBatch parse(InboundCall call, ChannelSettings settings);

    /**
     * Why a reply cannot be sent on this channel at all (e.g. no reply URL configured), or empty. Checked before a reply
     * is queued, so the sender hears it at once instead of a failed message later.
     */
    default Optional<String> cannotReply(ChannelSettings settings) {
        return Optional.empty();
    }

    /**
     * Like {@link #cannotReply(ChannelSettings)}, knowing when the contact last wrote in the conversation (null when
     * never), for providers that allow free-form replies only within a window after it.
     *
     * @since 1.1
     */
    default Optional<String> cannotReply(ChannelSettings settings, Instant lastInboundAt) {
        return cannotReply(settings);
    }

    /** Sends one outbound message; called from the outbox, never on a request thread, and retried when it may heal. */
    SendOutcome send(OutboundMessage message, ChannelSettings settings);

    /**
     * Fetches the bytes of an inbound file by the reference {@link #parse} gave ({@link InboundFile#ref()}), at most
     * {@code maxBytes} of them (more is {@link MediaDownload#oversized()}). Called from the outbox in the background,
     * never on the provider's request; retried when the outcome may heal. Kinds whose files come inline need not
     * implement it.
     *
     * @since 1.3
     */
    default MediaDownload download(String ref, ChannelSettings settings, long maxBytes) {
        return MediaDownload.permanent("this kind of channel does not fetch files");
    }

    /**
     * Undoes {@link #connect} at the provider after the channel was deleted (e.g. Telegram's {@code deleteWebhook}), so
     * the provider stops calling a URL that is gone. Called once, after the delete committed; a failure is logged
     * (without secrets) and changes nothing, so a kind may throw. The default does nothing.
     *
     * @since 1.3
     */
    default void disconnect(ChannelSettings settings) {
    }

    /**
     * Whether staff connect channels of this kind themselves ({@code POST /channels}, the Channels view). A kind whose
     * channel another capability makes (the request-for-quote form's {@code webform}) answers false and is not offered.
     *
     * @since 1.5
     */
    default boolean connectedByStaff() {
        return true;
    }
}
