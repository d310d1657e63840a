package org.offerbridge.channels.spi;

import org.offerbridge.channels.api.Conversation.Contact;

/**
 * One message to send: {@code messageId} is ours and stable across retries (providers and receivers may dedup on it),
 * {@code threadKey} and {@code contact} say where it goes on the channel.
 */
public record OutboundMessage(String messageId, String conversationId, String threadKey, Contact contact, String text) {
    @Override
    public String toString() {
        return "OutboundMessage[" + messageId + "]";
    }
}
