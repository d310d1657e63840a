package org.offerbridge.channels.spi;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Sends something other than a staff reply through a conversation's channel (a quote with its PDF), for bundles with an
 * outbox of their own: they queue in their transaction and call {@link #send} from their background sender, which
 * retries when the outcome heals. The message is recorded on the conversation like a reply; an outcome that will not
 * heal is applied as for a reply (the channel needs attention, or only the message fails for a contact-only one).
 * Offered by the channels capability as an OSGi service.
 *
 * @since 1.3
 */
@ProviderType
public interface ConversationSender {

    /** A conversation of the bound workspace as a sender sees it: its channel's kind and name, and the contact. */
    record Target(String conversationId, String channelId, String kind, String channelName, String contactName) {
    }

    /**
     * The conversation of the workspace bound to the caller's request, or empty when it has none with this id (another
     * workspace's included).
     */
    Optional<Target> find(String conversationId);

    /**
     * Why the conversation's channel cannot take a message now, for the bound workspace (no such channel kind
     * installed, the channel disconnected, a closed reply window without a template to send instead), or empty.
     */
    Optional<String> cannotSend(String conversationId);

    /**
     * Sends one message for workspace {@code tenantId} (no tenant is bound: called from a background sender).
     * {@code key} is the sender's own stable id for it (at most 36 characters of letters, digits and {@code -}, e.g. a
     * delivery's UUID): a retry with the same key reuses the conversation's message, and one already sent is not sent
     * again (answered {@code sent}).
     */
    SendOutcome send(String tenantId, String conversationId, String key, String text, List<OutboundFile> files,
            List<String> templateParameters);
}
