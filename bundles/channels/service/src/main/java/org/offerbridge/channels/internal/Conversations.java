package org.offerbridge.channels.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
