package org.offerbridge.channels.quotes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.offerbridge.channels.api.ChannelService;
import org.offerbridge.channels.spi.ConversationSender;
import org.offerbridge.channels.spi.OutboundFile;
import org.offerbridge.channels.spi.SendOutcome;
import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.DeliveryException;
import org.offerbridge.quotation.api.Quote;
import org.offerbridge.quotation.api.QuoteMessage;
import org.offerbridge.quotation.api.QuoteSender;

/**
 * A sent quote through the conversation its request came from: the customer's link with a short text in the quote's
 * language, the PDF as a document where the channel takes files, and, for a WhatsApp window that closed, the channel's
 * template with the customer's name, the quote's number and the link as body parameters. The quotation capability
 * queues the delivery with the send and retries it; the conversation records the message. {@code kind} is the
 * channel kind this sender is for, or null for any ({@code "conversation"}).
 */
abstract class QuoteThroughConversation implements QuoteSender {
    static final String PDF = "application/pdf";

    private final String channel;
    private final String kind;
    private final ConversationSender sender;
    private final ChannelService channels;
    private final RequestInbox requests;

    QuoteThroughConversation(String channel, String kind, ConversationSender sender, ChannelService channels, RequestInbox requests) {
        this.channel = channel;
        this.kind = kind;
        this.sender = sender;
        this.channels = channels;
        this.requests = requests;
    }

    @Override
    public String channel() {
        return channel;
    }

    @Override
    public Optional<String> unavailable() {
        if (kind == null || channels.list(null, 500).stream().anyMatch(c -> kind.equals(c.kind()))) {
            return Optional.empty();
        }
        return Optional.of("No " + kind + " channel is connected in this workspace: an admin connects one under Channels");
    }

    /** The conversation the quote's request came from, on a channel of this sender's kind that can send now. */
    @Override
    public Optional<String> addressFor(Quote quote) {
        if (quote.requestId() == null) {
            throw conflict("This quote was not made from a request, so it has no conversation to send it to; send it by email or as a link");
        }
        String conversationId = requests.get(quote.requestId()).map(IntakeRequest::conversationId).orElse(null);
        if (conversationId == null) {
            throw conflict("The request this quote was made from did not come from a conversation; send it by email or as a link");
        }
        ConversationSender.Target target = sender.find(conversationId)
                .orElseThrow(() -> conflict("The conversation this quote's request came from no longer exists"));
        if (kind != null && !kind.equals(target.kind())) {
            throw conflict("This quote's request came from a " + target.kind() + " conversation, not " + kind
                    + "; send it with channel \"conversation\"");
        }
        sender.cannotSend(conversationId).ifPresent(why -> {
            throw conflict(why);
        });
        return Optional.of(conversationId);
    }

    /** Never asked for a recipient's address: {@link #addressFor} decides it. */
    @Override
    public String checkAddress(String address) {
        throw new IllegalArgumentException("A quote sent by " + channel + " goes to the conversation it came from, not to an address");
    }

    @Override
    public void send(QuoteMessage m) throws DeliveryException {
        List<OutboundFile> files = m.pdf() == null ? List.of() : List.of(new OutboundFile(m.pdfFileName(), PDF, m.pdf()));
        SendOutcome outcome;
        try {
            outcome = sender.send(m.tenantId(), m.address(), m.deliveryId(), QuoteTexts.text(m), files, templateParameters(m));
        } catch (IllegalArgumentException e) {
            throw new DeliveryException("the quote could not be sent through the conversation: " + e.getMessage(), true, e);
        }
        if (!outcome.sent()) {
            throw new DeliveryException(outcome.failure(), !outcome.heals(), null);
        }
    }

    /** The template's body parameters, in the order the README documents: {{1}} name, {{2}} number, {{3}} link. */
    static List<String> templateParameters(QuoteMessage m) {
        List<String> p = new ArrayList<>();
        p.add(m.recipientName() == null || m.recipientName().isBlank() ? "-" : m.recipientName().strip());
        p.add(m.quoteNumber());
        p.add(m.publicUrl());
        return p;
    }

    static ProblemException conflict(String why) {
        return new ProblemException(409, "conflict", "Conflict", why, "channel").withMessage("quotes.viaConversation", why);
    }
}
