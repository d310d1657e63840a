package org.offerbridge.channels.meta.internal;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Outbound WhatsApp bodies beyond plain text: documents by uploaded media id, templates with body parameters. */
final class WhatsAppOutbound {
    /** A document's caption is at most 1024 characters. */
    static final int MAX_CAPTION = 1024;

    private WhatsAppOutbound() {
    }

    /** A free-form text message to {@code to} (a wa_id), at most 4096 characters. */
    static ObjectNode text(String to, String body) {
        ObjectNode n = envelope(to, "text");
        n.putObject("text").put("preview_url", true).put("body", body);
        return n;
    }

    /** {@code type: document} with the media id from {@code POST /{phone-number-id}/media}; {@code caption} may be null. */
    static ObjectNode document(String to, String mediaId, String fileName, String caption) {
        ObjectNode n = envelope(to, "document");
        ObjectNode d = n.putObject("document");
        d.put("id", mediaId);
        d.put("filename", fileName);
        if (caption != null) {
            d.put("caption", caption);
        }
        return n;
    }

    /**
     * The channel's template, its body's positional parameters ({{1}}, {{2}}, …) in order as text; no components when
     * there are none.
     */
    static ObjectNode template(String to, String name, String language, List<String> bodyParameters) {
        ObjectNode n = envelope(to, "template");
        ObjectNode t = n.putObject("template");
        t.put("name", name);
        t.putObject("language").put("code", language);
        if (!bodyParameters.isEmpty()) {
            ObjectNode body = t.putArray("components").addObject();
            body.put("type", "body");
            ArrayNode parameters = body.putArray("parameters");
            for (String p : bodyParameters) {
                // Meta refuses a parameter with a new line, a tab or more than four spaces in a row
                parameters.addObject().put("type", "text").put("text", p.replaceAll("[\\r\\n\\t]+", " ").replaceAll(" {4,}", "   "));
            }
        }
        return n;
    }

    private static ObjectNode envelope(String to, String type) {
        ObjectNode n = GraphClient.JSON.createObjectNode();
        n.put("messaging_product", "whatsapp");
        n.put("recipient_type", "individual");
        n.put("to", to);
        n.put("type", type);
        return n;
    }
}
