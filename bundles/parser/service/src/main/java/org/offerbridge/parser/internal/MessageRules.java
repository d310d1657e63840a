package org.offerbridge.parser.internal;

import java.util.Set;

import org.offerbridge.platform.api.rest.ProblemException;

/** The limits every inbound message obeys, for POST /parse and POST /requests alike. */
public final class MessageRules {
    /** Longer messages are refused (400 naming text): a request for quotation is not a document. */
    public static final int MAX_TEXT = 20_000;
    public static final Set<String> CHANNELS = Set.of("email", "whatsapp", "telegram", "instagram", "webform", "webhook", "api");

    private MessageRules() {
    }

    /** Refuses a channel we do not know (400 naming channel). */
    public static void requireKnownChannel(String channel) {
        if (!CHANNELS.contains(channel)) {
            throw ProblemException.invalid("channel", "channel must be one of " + String.join(", ", CHANNELS.stream().sorted().toList()));
        }
    }

    /** Refuses a text over {@link #MAX_TEXT} characters (400 naming text). */
    public static void requireWithinLimit(String text) {
        if (text.length() > MAX_TEXT) {
            throw ProblemException.invalid("text", "text must be at most " + MAX_TEXT + " characters");
        }
    }
}
