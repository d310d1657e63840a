package org.offerbridge.quotation.ui.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.Quote;
import org.offerbridge.quotation.api.QuoteSender;
import org.offerbridge.ui.api.ProblemTexts;

/**
 * Whether a quote can go back through the conversation its request came from ({@code "channel": "conversation"} of
 * the send): only a quote made from a request that came from a conversation, while the channels capability's
 * {@code conversation} sender is registered. Call inside the session, so the request is read for the bound workspace.
 */
final class ConversationRoute {
    static final String CHANNEL = "conversation";
    static final String WHATSAPP = "whatsapp";
    /** The key of the refusal text in the shared messages; the service's reason is its argument. */
    static final String REFUSAL_KEY = "quotes.viaConversation";

    /**
     * The conversation a quote can go to: the request's channel kind (as the request names it), the customer as the
     * request knows them, and why it cannot be sent now (null when it can), in the staff member's language.
     */
    record Offer(String kind, String contact, String refusal) {
    }

    private final RequestInbox requests;
    private final Supplier<Collection<QuoteSender>> senders;

    ConversationRoute(RequestInbox requests, Supplier<Collection<QuoteSender>> senders) {
        this.requests = requests;
        this.senders = senders;
    }

    Optional<Offer> offer(Quote quote, Locale locale) {
        if (quote.requestId() == null || requests == null) {
            return Optional.empty();
        }
        Optional<QuoteSender> sender = senders.get().stream().filter(s -> CHANNEL.equals(s.channel())).findFirst();
        if (sender.isEmpty()) {
            return Optional.empty();
        }
        Optional<IntakeRequest> request = requests.get(quote.requestId());
        if (request.isEmpty() || request.get().conversationId() == null) {
            return Optional.empty();
        }
        IntakeRequest r = request.get();
        String contact = r.sender() == null ? null : firstOf(r.sender().name(), r.sender().email(), r.sender().phone());
        String refusal = null;
        try {
            sender.get().addressFor(quote);
        } catch (ProblemException e) {
            refusal = refusal(e, locale);
        }
        return Optional.of(new Offer(r.channel(), contact, refusal));
    }

    /**
     * A refusal of the conversation as staff read it: the service's reason inside {@value #REFUSAL_KEY} (the channels
     * capability still names it with the reply's key, whose text speaks of a reply), else the problem's own text.
     */
    static String refusal(ProblemException e, Locale locale) {
        if (e.messageKey() == null || "channels.cannotReply".equals(e.messageKey())) {
            Object why = e.messageKey() == null || e.messageArgs().isEmpty() ? e.getMessage() : e.messageArgs().get(0);
            ProblemException rekeyed = new ProblemException(e.status(), e.type(), e.title(), e.getMessage(), e.field())
                    .withMessage(REFUSAL_KEY, why);
            return ProblemTexts.of(rekeyed, locale);
        }
        return ProblemTexts.of(e, locale);
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
