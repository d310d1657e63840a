package org.offerbridge.channels.spi;

import java.time.Instant;
import java.util.List;

import org.offerbridge.channels.api.Conversation.Contact;

/**
 * One message to send: {@code messageId} is ours and stable across retries (providers and receivers may dedup on it),
 * {@code threadKey} and {@code contact} say where it goes on the channel. {@code lastInboundAt} is when the contact
 * last wrote in this conversation (null when never): providers with a reply window (WhatsApp's 24-hour customer-service
 * window, Instagram's messaging window) decide from it whether a free-form reply is still allowed. {@code references}
 * are the provider ids of the conversation's earlier messages, oldest first, the last being the one this answers (an
 * email's {@code References} and {@code In-Reply-To}); {@code subject} is the subject of the contact's latest message
 * that had one, or null. {@code files} go with the text where the kind can send files (the text becomes their
 * caption or a message of its own). {@code templateParameters} are the body parameters, in order, of the channel's
 * template for a provider that sends a template instead of free text when its reply window is closed (WhatsApp); empty
 * for a staff reply.
 */
public record OutboundMessage(String messageId, String conversationId, String threadKey, Contact contact, String text,
        Instant lastInboundAt, List<String> references, String subject, List<OutboundFile> files, List<String> templateParameters) {
    public OutboundMessage {
        references = references == null ? List.of() : List.copyOf(references);
        files = files == null ? List.of() : List.copyOf(files);
        templateParameters = templateParameters == null ? List.of() : List.copyOf(templateParameters);
    }

    /** A message without files or template parameters (the shape of version 1.2). */
    public OutboundMessage(String messageId, String conversationId, String threadKey, Contact contact, String text,
            Instant lastInboundAt, List<String> references, String subject) {
        this(messageId, conversationId, threadKey, contact, text, lastInboundAt, references, subject, List.of(), List.of());
    }

    public OutboundMessage(String messageId, String conversationId, String threadKey, Contact contact, String text) {
        this(messageId, conversationId, threadKey, contact, text, null, List.of(), null);
    }

    /** With the reply window (version 1.1). */
    public OutboundMessage(String messageId, String conversationId, String threadKey, Contact contact, String text,
            Instant lastInboundAt) {
        this(messageId, conversationId, threadKey, contact, text, lastInboundAt, List.of(), null);
    }

    @Override
    public String toString() {
        return "OutboundMessage[" + messageId + "]";
    }
}
