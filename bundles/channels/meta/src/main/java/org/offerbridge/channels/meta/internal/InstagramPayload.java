package org.offerbridge.channels.meta.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.offerbridge.channels.api.Conversation.Contact;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundBatch.InboundMessage;
import org.offerbridge.channels.spi.InboundFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Instagram messaging webhook payloads and Send API bodies (PROVIDERS.md §3.2–3.3). Inbound: {@code entry[].messaging[]}
 * of this channel's account with a {@code message} ({@code mid} is the dedup key, the sender's IGSID the conversation);
 * our own echoes ({@code is_echo}) are kept as automated on the customer's conversation. Reactions, seen and other
 * events carry no message and are skipped.
 */
final class InstagramPayload {
    static final String OBJECT = "instagram";

    private InstagramPayload() {
    }

    static InboundBatch read(byte[] body, String accountId) {
        JsonNode root = MetaWebhooks.notification(body, OBJECT, "not an Instagram notification");
        List<InboundMessage> messages = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            if (!accountId.equals(entry.path("id").asText())) {
                continue; // another account of the same app: never this workspace's
            }
            for (JsonNode event : entry.path("messaging")) {
                JsonNode m = event.path("message");
                String mid = m.path("mid").asText(null);
                if (mid == null || m.path("is_deleted").asBoolean(false)) {
                    continue;
                }
                boolean echo = m.path("is_echo").asBoolean(false);
                String contact = (echo ? event.path("recipient") : event.path("sender")).path("id").asText(null);
                if (contact == null) {
                    continue;
                }
                // each attachment is fetched later from its payload.url (a pre-signed CDN address)
                List<InboundFile> files = new ArrayList<>();
                int n = 0;
                for (JsonNode a : m.path("attachments")) {
                    String type = a.path("type").asText("file");
                    String url = a.path("payload").path("url").asText(null);
                    String name = type + "-" + (++n);
                    files.add(url != null && url.startsWith("https://") || url != null && url.startsWith("http://")
                            ? InboundFile.remote(name, null, null, url) : new InboundFile(name, null, null, null, null, false));
                }
                Instant at = event.path("timestamp").canConvertToLong() ? Instant.ofEpochMilli(event.path("timestamp").asLong()) : null;
                messages.add(new InboundMessage(mid, contact, new Contact(null, contact, null, null), m.path("text").asText(null),
                        List.of(), at, echo).withFiles(files));
            }
        }
        return new InboundBatch(messages, List.of());
    }

    /** A text reply to {@code recipient} (an IGSID). */
    static ObjectNode text(String recipient, String text) {
        ObjectNode n = GraphClient.JSON.createObjectNode();
        n.putObject("recipient").put("id", recipient);
        n.putObject("message").put("text", text);
        return n;
    }
}
