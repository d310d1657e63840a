package org.offerbridge.channels.spi;

import java.time.Instant;

import org.offerbridge.channels.api.Conversation.Contact;

/**
 * One message to send: {@code messageId} is ours and stable across retries (providers and receivers may dedup on it),
 * {@code threadKey} and {@code contact} say where it goes on the channel. {@code lastInboundAt} is when the contact
 * last wrote in this conversation (null when never): providers with a reply window (WhatsApp's 24-hour customer-service
 * window, Instagram's messaging window) decide from it whether a free-form reply is still allowed.
 */
public record OutboundMessage(String messageId, String conversationId, String threadKey, Contact contact, String text,
        Instant lastInboundAt) {

    public OutboundMessage(String messageId, String conversationId, String threadKey, Contact contact, String text) {
        this(messageId, conversationId, threadKey, contact, text, null);
    }

    @Override
    public String toString() {
        return "OutboundMessage[" + messageId + "]";
    }
}
