package org.offerbridge.parser.internal;

import java.util.List;
import java.util.Set;

import org.offerbridge.platform.api.fields.FieldRules;

/** The limits every inbound message obeys, for POST /parse and POST /requests alike, over the platform's field rules. */
public final class MessageRules {
    /** Longer messages are refused (400 naming text): a request for quotation is not a document. */
    public static final int MAX_TEXT = 20_000;
    public static final Set<String> CHANNELS = Set.of("email", "whatsapp", "telegram", "instagram", "webform", "webhook", "api");
    private static final List<String> CHANNELS_SORTED = CHANNELS.stream().sorted().toList();

    private MessageRules() {
    }

    /** A channel we know, or a 400 naming channel and listing them. */
    public static String channel(String channel) {
        return FieldRules.oneOf("channel", channel, CHANNELS_SORTED);
    }

    /**
     * A message's text: several lines, at most {@link #MAX_TEXT} characters, no control characters other than line breaks
     * and tabs (400 naming text); blank is null.
     */
    public static String text(String text) {
        return FieldRules.multiLine("text", text, MAX_TEXT);
    }
}
