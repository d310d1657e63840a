package org.offerbridge.channels.internal.rest;

import java.util.List;
import java.util.Map;

import org.offerbridge.channels.api.Channel;
import org.offerbridge.channels.api.ChannelService;
import org.offerbridge.channels.api.Conversation;
import org.offerbridge.channels.api.Message;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The REST shapes of channels, conversations and messages (API.md), times as ISO-8601 text. */
final class ChannelViews {
    private ChannelViews() {
    }

    /** The body of POST /channels and PATCH /channels/{id}; absent fields of a PATCH stay as they are. */
    public record ChannelInput(String kind, String name, Map<String, Object> settings) {
    }

    public record ChannelView(String id, String kind, String name, String status, String statusReason, String inboundUrl,
            Map<String, String> settings, String lastInboundAt, String lastOutboundAt, String lastError, String createdAt) {
    }

    /** The create answer: the channel and, once, the secret the server made (the webhook kind's {@code whsec_}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CreatedChannel(String id, String kind, String name, String status, String statusReason, String inboundUrl,
            Map<String, String> settings, String lastInboundAt, String lastOutboundAt, String lastError, String createdAt, String secret) {
    }

    /** {@code cannotReply} is given by {@code GET /conversations/{id}} only, and only when a reply cannot be sent now. */
    public record ConversationView(String id, Conversation.ChannelRef channel, Conversation.Contact contact, String customerId,
            String ownerId, String state, boolean unread, String lastMessageAt, List<String> tags,
            @JsonInclude(JsonInclude.Include.NON_NULL) String cannotReply) {
    }

    public record MessageView(String id, String conversationId, String direction, String text, List<Message.Attachment> attachments,
            String sentAt, String receivedAt, String status, String failure) {
    }

    public record Assignment(String userId) {
    }

    public record Reply(String text) {
    }

    public record CustomerLink(String customerId) {
    }

    /** The webhook kind's answer to an inbound message. */
    public record Received(String messageId, String conversationId) {
    }

    static ChannelView view(Channel c) {
        return new ChannelView(c.id(), c.kind(), c.name(), c.status(), c.statusReason(), c.inboundUrl(), c.settings(),
                text(c.lastInboundAt()), text(c.lastOutboundAt()), c.lastError(), text(c.createdAt()));
    }

    static CreatedChannel view(ChannelService.Created created) {
        Channel c = created.channel();
        return new CreatedChannel(c.id(), c.kind(), c.name(), c.status(), c.statusReason(), c.inboundUrl(), c.settings(),
                text(c.lastInboundAt()), text(c.lastOutboundAt()), c.lastError(), text(c.createdAt()), created.shownOnce().get("secret"));
    }

    static ConversationView view(Conversation c) {
        return view(c, null);
    }

    static ConversationView view(Conversation c, String cannotReply) {
        return new ConversationView(c.id(), c.channel(), c.contact(), c.customerId(), c.ownerId(), c.state(), c.unread(),
                text(c.lastMessageAt()), c.tags(), cannotReply);
    }

    static MessageView view(Message m) {
        return new MessageView(m.id(), m.conversationId(), m.direction(), m.text(), m.attachments(), text(m.sentAt()),
                text(m.receivedAt()), m.status(), m.failure());
    }

    private static String text(java.time.Instant i) {
        return i == null ? null : i.toString();
    }
}
