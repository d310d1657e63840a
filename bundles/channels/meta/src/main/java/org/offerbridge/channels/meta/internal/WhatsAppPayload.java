package org.offerbridge.channels.meta.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.offerbridge.channels.api.Conversation.Contact;
import org.offerbridge.channels.api.Message;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundBatch.InboundMessage;
import org.offerbridge.channels.spi.InboundBatch.StatusUpdate;
import org.offerbridge.channels.spi.InboundFile;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * WhatsApp Cloud API webhook payloads and send bodies (PROVIDERS.md §1.2–1.3). Inbound: {@code entry[].changes[]} of
 * field {@code messages} for this channel's phone number only; {@code value.messages[]} are messages (the wamid is the
 * dedup key, the sender's {@code wa_id} the conversation) and {@code value.statuses[]} delivery updates of ours.
 * Media arrive as metadata: the media id stays in the stored raw payload for a later download.
 */
final class WhatsAppPayload {
    static final String OBJECT = "whatsapp_business_account";
    private static final List<String> MEDIA = List.of("document", "image", "video", "audio", "sticker");

    private WhatsAppPayload() {
    }

    static InboundBatch read(byte[] body, String phoneNumberId) {
        JsonNode root = MetaWebhooks.notification(body, OBJECT, "not a WhatsApp Business Account notification");
        List<InboundMessage> messages = new ArrayList<>();
        List<StatusUpdate> statuses = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                // One Meta app may serve several numbers: only this channel's number lands here.
                if (!"messages".equals(change.path("field").asText())
                        || !phoneNumberId.equals(value.path("metadata").path("phone_number_id").asText())) {
                    continue;
                }
                Map<String, String> names = new HashMap<>();
                for (JsonNode c : value.path("contacts")) {
                    names.put(c.path("wa_id").asText(), c.path("profile").path("name").asText(null));
                }
                for (JsonNode m : value.path("messages")) {
                    InboundMessage message = message(m, names);
                    if (message != null) {
                        messages.add(message);
                    }
                }
                for (JsonNode s : value.path("statuses")) {
                    StatusUpdate status = status(s);
                    if (status != null) {
                        statuses.add(status);
                    }
                }
            }
        }
        return new InboundBatch(messages, statuses);
    }

    private static InboundMessage message(JsonNode m, Map<String, String> names) {
        String id = m.path("id").asText(null);
        String from = m.path("from").asText(null);
        if (id == null || from == null) {
            return null;
        }
        String type = m.path("type").asText("");
        String text = null;
        List<InboundFile> files = new ArrayList<>();
        if ("text".equals(type)) {
            text = m.path("text").path("body").asText(null);
        } else if (MEDIA.contains(type)) {
            JsonNode media = m.path(type);
            text = media.path("caption").asText(null);
            String name = media.path("filename").asText(null);
            String mediaId = media.path("id").asText(null);
            String mime = media.path("mime_type").asText(null);
            String fallback = type + "-" + (mediaId == null ? "" : mediaId) + extension(mime);
            files.add(mediaId == null ? new InboundFile(name != null ? name : fallback, mime, null, null, null, false)
                    : InboundFile.remote(name != null ? name : fallback, mime, null, mediaId));
        } else if ("button".equals(type)) {
            text = m.path("button").path("text").asText(null);
        } else if ("interactive".equals(type)) {
            JsonNode reply = m.path("interactive").has("button_reply") ? m.path("interactive").path("button_reply")
                    : m.path("interactive").path("list_reply");
            text = reply.path("title").asText(null);
        }
        String phone = from.startsWith("+") ? from : "+" + from;
        Contact contact = new Contact(names.get(from), from, phone, null);
        // "system" messages (a number change) and unsupported types are Meta's, not the customer's words.
        boolean automated = "system".equals(type) || "unsupported".equals(type);
        return new InboundMessage(id, from, contact, text, List.of(), seconds(m.path("timestamp")), automated).withFiles(files);
    }

    /** A name's extension for media WhatsApp sends without a file name (images, voice notes). */
    private static String extension(String mime) {
        if (mime == null) {
            return "";
        }
        return switch (mime.split(";")[0].strip()) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            case "application/pdf" -> ".pdf";
            case "audio/ogg" -> ".ogg";
            case "video/mp4" -> ".mp4";
            default -> "";
        };
    }

    private static StatusUpdate status(JsonNode s) {
        String id = s.path("id").asText(null);
        String status = s.path("status").asText("");
        if (id == null || !List.of(Message.SENT, Message.DELIVERED, Message.READ, Message.FAILED).contains(status)) {
            return null; // "played" and future statuses change nothing we show
        }
        String failure = null;
        if (Message.FAILED.equals(status)) {
            JsonNode e = s.path("errors").path(0);
            String details = e.path("error_data").path("details").asText("");
            String title = e.path("message").asText(e.path("title").asText("failed"));
            failure = title + (details.isBlank() ? "" : ": " + details) + (e.has("code") ? " (code " + e.path("code").asInt() + ")" : "");
        }
        return new StatusUpdate(id, status, failure, seconds(s.path("timestamp")));
    }

    private static Instant seconds(JsonNode timestamp) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(timestamp.asText()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
