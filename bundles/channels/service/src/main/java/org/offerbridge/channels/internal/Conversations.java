package org.offerbridge.channels.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.offerbridge.channels.api.Conversation;
import org.offerbridge.channels.api.Message;

/** Conversation and message rows as the API shows them. */
final class Conversations {
    private Conversations() {
    }

    /** New activity: the time and the page key that sorts by it. */
    static void touch(ConversationEntity c, long now) {
        c.lastMessageAt = now;
        c.lastKey = String.format("%015d-%s", now, c.id);
    }

    /**
     * When the contact last wrote (as the provider dated it), null when never: reply windows run from it. Automated
     * messages (our own echoes, auto-replies) do not open a window.
     */
    static Instant lastInboundAt(EntityManager em, String conversationId) {
        Long at = em.createQuery("select max(m.sentAt) from MessageEntity m where m.conversationId = :c and m.direction = :d"
                + " and m.automated = false", Long.class).setParameter("c", conversationId).setParameter("d", Message.IN).getSingleResult();
        return Times.instant(at);
    }

    static Conversation view(ConversationEntity c, Map<String, Conversation.ChannelRef> channels) {
        Conversation.ChannelRef ref = channels.getOrDefault(c.channelId, new Conversation.ChannelRef(c.channelId, null, null));
        return new Conversation(c.id, ref, new Conversation.Contact(c.contactName, c.contactHandle, c.contactPhone, c.contactEmail),
                c.customerId, c.ownerId, c.state, c.unread, Times.instant(c.lastMessageAt), tags(c.tags));
    }

    static Message view(MessageEntity m) {
        return new Message(m.id, m.conversationId, m.direction, m.text, Json.attachments(m.attachments), m.providerMessageId,
                Times.instant(m.sentAt), Times.instant(m.receivedAt), m.status, m.failure);
    }

    static List<String> tags(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).filter(t -> !t.isEmpty()).toList();
    }
}
