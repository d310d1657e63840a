package org.offerbridge.rfqform.internal;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.offerbridge.channels.spi.ChannelKind;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.Connection;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundCall;
import org.offerbridge.channels.spi.MergedSettings;
import org.offerbridge.channels.spi.OutboundMessage;
import org.offerbridge.channels.spi.PreparedSettings;
import org.offerbridge.channels.spi.SendOutcome;
import org.offerbridge.platform.api.rest.ProblemException;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code webform} channel kind: the channel a workspace's request-for-quote form delivers to, one per workspace,
 * made when the form is first enabled (never through {@code POST /channels}). Its inbound is the form itself, so its
 * inbound URL takes no calls (401, as the email kind's), and it carries no replies: staff answer a form's customer by
 * email or with a quote.
 */
@Component(service = {ChannelKind.class, WebformKind.class})
public class WebformKind implements ChannelKind {
    public static final String ID = "webform";
    static final String NO_REPLY = "A web form cannot carry replies: answer the customer by email or send a quote";
    /** Set while the form's settings make the workspace's channel: the only way one is created. */
    private static final ThreadLocal<Boolean> MAKING = new ThreadLocal<>();

    /** Runs {@code work} (which creates the channel through the channels capability) as the form's own setup. */
    static <T> T making(Supplier<T> work) {
        MAKING.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            MAKING.remove();
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean connectedByStaff() {
        return false;
    }

    @Override
    public PreparedSettings settings(Map<String, Object> given, ChannelSettings current) {
        if (current.channelId() == null && !Boolean.TRUE.equals(MAKING.get())) {
            throw new ProblemException(409, "channel-kind-managed", "Made by the form settings",
                    "A webform channel is made by enabling the request-for-quote form (PUT /rfq-form/settings), one per workspace", "kind")
                    .withMessage("rfqForm.channelManaged");
        }
        MergedSettings.over(given, current, Set.of(), Set.of()); // the kind has no settings: any name is a 400
        return new PreparedSettings(Map.of(), Map.of(), Map.of());
    }

    @Override
    public String accountKey(ChannelSettings settings) {
        return null;
    }

    @Override
    public Connection connect(ChannelSettings settings, URI inboundUrl) {
        return Connection.ok();
    }

    @Override
    public boolean verify(InboundCall call, ChannelSettings settings) {
        return false; // the form is this channel's inbound, never its URL
    }

    @Override
    public InboundBatch parse(InboundCall call, ChannelSettings settings) {
        throw new IllegalArgumentException("a webform channel takes no inbound calls");
    }

    @Override
    public Optional<String> cannotReply(ChannelSettings settings) {
        return Optional.of(NO_REPLY);
    }

    @Override
    public SendOutcome send(OutboundMessage message, ChannelSettings settings) {
        return SendOutcome.permanent(NO_REPLY);
    }
}
