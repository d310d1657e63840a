package org.offerbridge.channels.telegram.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.offerbridge.channels.api.Conversation.Contact;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundBatch.InboundMessage;
import org.offerbridge.channels.spi.InboundFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads one Telegram {@code Update}. A {@code message} or {@code edited_message} with text, a caption, a document or a
 * photo is a message of the conversation with its chat ({@code chat:<chat id>}); every other update (a sticker, a
 * member joining, a kind of update we did not ask for) is an empty batch, answered 200 so Telegram does not repeat it.
 * The dedup key is {@code <chat id>:<message id>} (message ids are per chat), with the edit time for an edit so that an
 * edit is a new message while a repeated delivery of either is stored once.
 */
final class Updates {
    static final int MAX_TEXT = 4096;
    static final int MAX_NAME = 200;
    static final int MAX_FILE_NAME = 255;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final InboundBatch NOTHING = new InboundBatch(List.of(), List.of());

    private Updates() {
    }

    static InboundBatch read(byte[] body, Instant receivedAt) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (root == null || !root.isObject() || !root.path("update_id").isIntegralNumber()) {
            throw new IllegalArgumentException("not a Telegram update");
        }
        boolean edited = !root.has("message");
        JsonNode m = edited ? root.get("edited_message") : root.get("message");
        if (m == null || !m.isObject()) {
            return NOTHING;
        }
        JsonNode chat = m.path("chat");
        if (!chat.path("id").isIntegralNumber() || !m.path("message_id").isIntegralNumber()) {
            throw new IllegalArgumentException("a message without chat.id or message_id");
        }
        String chatId = chat.get("id").asText();
        String text = text(m.path("text"));
        if (text == null) {
            text = text(m.path("caption"));
        }
        List<InboundFile> files = files(m);
        if (text == null && files.isEmpty()) {
            return NOTHING;
        }
        JsonNode from = m.path("from");
        String id = chatId + ":" + m.get("message_id").asText();
        long at = m.path("date").asLong(0);
        if (edited) {
            at = m.path("edit_date").asLong(at);
            id += ":edited:" + at;
        }
        InboundMessage message = new InboundMessage(id, "chat:" + chatId, contact(from, chat), text, List.of(),
                at > 0 ? Instant.ofEpochSecond(at) : receivedAt, from.path("is_bot").asBoolean(false)).withFiles(files);
        return new InboundBatch(List.of(message), List.of());
    }

    /** Who wrote: the sender's name and {@code @username}; the chat's when the sender is hidden (a channel post). */
    private static Contact contact(JsonNode from, JsonNode chat) {
        JsonNode who = from.isObject() ? from : chat;
        String name = join(clean(who.path("first_name"), MAX_NAME), clean(who.path("last_name"), MAX_NAME));
        if (name == null) {
            name = clean(chat.path("title"), MAX_NAME);
        }
        String username = clean(who.path("username"), 64);
        return new Contact(name, username == null ? null : "@" + username, null, null);
    }

    /** A document and the largest size of a photo, each fetched later by its {@code file_id} ({@code getFile}). */
    private static List<InboundFile> files(JsonNode m) {
        List<InboundFile> out = new ArrayList<>();
        JsonNode doc = m.path("document");
        if (doc.isObject()) {
            String name = fileName(clean(doc.path("file_name"), MAX_FILE_NAME));
            out.add(InboundFile.remote(name == null ? "document" : name, clean(doc.path("mime_type"), 100), size(doc),
                    clean(doc.path("file_id"), 300)));
        }
        JsonNode photo = m.path("photo");
        if (photo.isArray() && photo.size() > 0) {
            // Telegram lists the sizes of one photo, smallest first: the largest is the photo
            JsonNode largest = photo.get(photo.size() - 1);
            out.add(InboundFile.remote("photo-" + largest.path("width").asInt() + "x" + largest.path("height").asInt() + ".jpg", "image/jpeg",
                    size(largest), clean(largest.path("file_id"), 300)));
        }
        return out;
    }

    private static Long size(JsonNode file) {
        return file.path("file_size").canConvertToLong() ? file.get("file_size").asLong() : null;
    }

    /** The last path segment only: a name never names a place. */
    private static String fileName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return n.isEmpty() || n.equals(".") || n.equals("..") ? null : n;
    }

    private static String text(JsonNode node) {
        if (!node.isTextual() || node.asText().isBlank()) {
            return null;
        }
        String t = node.asText().replace("\u0000", "");
        return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
    }

    /** A single-line value from the provider: control characters dropped, bounded, blank is null. */
    private static String clean(JsonNode node, int max) {
        if (!node.isTextual()) {
            return null;
        }
        String t = node.asText().replaceAll("\\p{Cntrl}", "").strip();
        if (t.isEmpty()) {
            return null;
        }
        return t.length() > max ? t.substring(0, max) : t;
    }

    private static String join(String first, String last) {
        if (first == null) {
            return last;
        }
        return last == null ? first : first + " " + last;
    }
}
