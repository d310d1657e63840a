package org.offerbridge.channels.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;

/**
 * The request an earlier run of a message's work item already made, found before making another. The parser stores a
 * request in its own transaction and takes no idempotency key, so a node that stops after that commit and before the
 * work item is recorded done leaves a request the message does not name; the item runs again later. The request is
 * then recognised among its conversation's requests: made from the same channel with the same text, received no
 * earlier than the message was stored (less a margin for the clocks of other nodes), and not already the request of
 * another message. Of several such (the same text sent twice, both runs interrupted) the oldest is taken, so each
 * message still ends with one request.
 */
final class EarlierRequest {
    /** How far another node's clock may lag ours. */
    static final long CLOCK_MARGIN_MILLIS = 5 * 60_000L;
    static final int PAGE = 100;
    /** A conversation with more requests than this since the message is not searched further (it would be a flood). */
    static final int MAX_PAGES = 10;

    private EarlierRequest() {
    }

    /**
     * @param text the text exactly as it was given to the parser
     * @param storedAt when the message was stored
     * @param taken the requests other messages of the conversation already name
     */
    static Optional<IntakeRequest> find(RequestInbox inbox, String conversationId, String channel, String text, Instant storedAt,
            Set<String> taken) {
        String wanted = normal(text);
        Instant from = storedAt == null ? Instant.EPOCH : storedAt.minusMillis(CLOCK_MARGIN_MILLIS);
        IntakeRequest oldest = null;
        String before = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            List<IntakeRequest> items = inbox.list(null, conversationId, before, PAGE); // newest first
            for (IntakeRequest r : items) {
                if (r.receivedAt() != null && r.receivedAt().isBefore(from)) {
                    return Optional.ofNullable(oldest);
                }
                if (!taken.contains(r.id()) && channel.equals(r.channel()) && wanted.equals(normal(r.text()))) {
                    oldest = r;
                }
            }
            if (items.size() < PAGE) {
                break;
            }
            before = items.get(items.size() - 1).id();
        }
        return Optional.ofNullable(oldest);
    }

    /** The text as the parser keeps it (stripped, CRLF as LF), so an unchanged message compares equal. */
    static String normal(String text) {
        return text == null ? "" : text.strip().replace("\r\n", "\n");
    }
}
