package org.offerbridge.channels.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The bound workspace's conversations and their messages (the chat inbox's model). Taking, assigning and replying
 * belong to a staff user: an API key has no user, so those calls refuse it.
 */
@ProviderType
public interface ConversationService {

    /**
     * List filters; every field may be null. {@code owner} is {@code me}, {@code none} or a user id; {@code q} matches
     * contact names, handles, phones and emails ({@code @name} searches names and handles only); {@code unanswered}
     * means the last message came from the contact; {@code linked} whether a customer card is linked.
     */
    record Filter(String state, Boolean unread, Boolean unanswered, String owner, String channelId, String tag, Boolean linked,
            String q) {
        public static final Filter ALL = new Filter(null, null, null, null, null, null, null, null);
    }

    /** Most recent activity first; {@code after} is the key of the last item of the previous page. */
    List<Conversation> list(Filter filter, String after, int limit);

    /** The key {@link #list} pages by for this conversation. */
    String pageKey(Conversation c);

    Optional<Conversation> get(String id);

    /** Oldest first, after {@code afterId} when given. */
    List<Message> messages(String conversationId, String afterId, int limit);

    /** The caller becomes the owner. */
    Conversation take(String id);

    /** Another staff user of the workspace becomes the owner. */
    Conversation assign(String id, String userId);

    Conversation close(String id);

    Conversation markRead(String id);

    /** Replaces the conversation's tags (trimmed, duplicates dropped, at most {@code 20}). */
    Conversation setTags(String id, List<String> tags);

    /** Links the conversation to a customer card of the workspace. */
    Conversation linkCustomer(String id, String customerId);

    /** Unlinks the conversation from its customer card. */
    Conversation unlinkCustomer(String id);

    /**
     * Why a reply cannot be sent through the conversation's channel now (e.g. WhatsApp's 24-hour window is closed and
     * the channel has no template), or empty when it can: the composer says so before anyone writes. 404 when the
     * workspace has no such conversation.
     *
     * @since 1.2
     */
    default Optional<String> cannotReply(String id) {
        return Optional.empty();
    }

    /**
     * Queues a reply from the owner through the conversation's channel, in the same transaction as the message:
     * 409 naming {@code owner} when the caller is not the owner, naming {@code channel} when the channel cannot send.
     */
    Message reply(String id, String text);

    /**
     * Where a message of the workspace is: its conversation, and the request (of the parser capability) it made or
     * was added to, null until it is processed or when it asked for nothing. Empty when the workspace has no such
     * message. For links that name a message, such as the request-for-quote form's notification.
     *
     * @since 1.3
     */
    default Optional<MessagePlace> placeOf(String messageId) {
        return Optional.empty();
    }

    /** A message's conversation and request; see {@link #placeOf(String)}. @since 1.3 */
    record MessagePlace(String conversationId, String requestId) {
    }
}
