package org.offerbridge.channels.internal.webhook;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.offerbridge.channels.api.Conversation.Contact;
import org.offerbridge.channels.spi.InboundBatch.InboundMessage;
import org.offerbridge.channels.spi.OutboundMessage;
import org.offerbridge.platform.api.fields.FieldRules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The generic webhook's bodies. In: {@code {"from": {"name","email","phone","handle"}, "text", "thread"}}; the
 * conversation is the thread when given, else the sender (email, then phone, then handle). Out: the reply, with the
 * conversation and thread so the integrator can route it.
 */
final class WebhookPayload {
    static final int MAX_TEXT = 10_000;
    static final int MAX_THREAD = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookPayload() {
    }

    static InboundMessage read(String webhookId, byte[] body, Instant receivedAt) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw FieldRules.invalid("body", "The body is not JSON", "channels.body", "body");
        }
        if (root == null || !root.isObject()) {
            throw FieldRules.invalid("body", "The body must be a JSON object", "channels.body", "body");
        }
        JsonNode from = root.path("from");
        String name = FieldRules.name("from.name", text(from, "name"), 200);
        String email = FieldRules.optionalEmail("from.email", text(from, "email"));
        String phone = FieldRules.optionalPhone("from.phone", text(from, "phone"));
        String handle = FieldRules.text("from.handle", text(from, "handle"), 200);
        String text = FieldRules.multiLine("text", text(root, "text"), MAX_TEXT);
        String thread = FieldRules.text("thread", text(root, "thread"), MAX_THREAD);
        String key = thread != null ? "thread:" + thread
                : email != null ? "email:" + email.toLowerCase(java.util.Locale.ROOT)
                : phone != null ? "phone:" + phone.replaceAll("[^0-9+]", "")
                : handle != null ? "handle:" + handle
                : null;
        if (key == null) {
            throw FieldRules.invalid("from", "Say who wrote: from.email, from.phone or from.handle, or give a thread", "field.required", "from");
        }
        return new InboundMessage(webhookId, key, new Contact(name, handle, phone, email), text, List.of(), receivedAt, false);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw FieldRules.invalid(field, field + " must be a string", "channels.notText", field);
        }
        return v.asText();
    }

    static String reply(OutboundMessage m, Instant at) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", "message.reply");
        n.put("messageId", m.messageId());
        n.put("conversationId", m.conversationId());
        String key = m.threadKey();
        if (key != null && key.startsWith("thread:")) {
            n.put("thread", key.substring("thread:".length()));
        }
        ObjectNode to = n.putObject("to");
        Contact c = m.contact();
        to.put("name", c.name());
        to.put("email", c.email());
        to.put("phone", c.phone());
        to.put("handle", c.handle());
        n.put("text", m.text());
        n.put("sentAt", at.toString());
        return n.toString();
    }
}
