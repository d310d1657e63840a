package org.offerbridge.parser.internal.llm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a chat-completions response and the JSON the model wrote into it. Anything that is not that shape is a
 * failure (the caller falls back to the built-in parser); the failure never quotes the reply, which may echo
 * the customer's text.
 */
final class ReplyReader {
    /** More lines than any real request has: a reply beyond it is runaway output. */
    static final int MAX_ITEMS = 500;

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ReplyReader() {
    }

    static LlmReply read(String responseBody) throws LlmFailure {
        JsonNode response = parse(responseBody, "the response is not JSON");
        JsonNode choice = response.path("choices").path(0);
        if (choice.isMissingNode()) {
            throw new LlmFailure("the response has no choices");
        }
        String finish = choice.path("finish_reason").asText("");
        if (finish.equals("length")) {
            throw new LlmFailure("the reply was cut off (finish_reason length)");
        }
        JsonNode message = choice.path("message");
        if (message.hasNonNull("refusal") && !message.get("refusal").asText().isBlank()) {
            throw new LlmFailure("the model refused to answer");
        }
        JsonNode content = message.path("content");
        if (!content.isTextual()) {
            throw new LlmFailure("the reply has no text content");
        }
        JsonNode answer = parse(withoutCodeFence(content.asText()), "the reply is not valid JSON");
        if (!answer.isObject() || !answer.path("lines").isArray() || !answer.path("unmatched").isArray()) {
            throw new LlmFailure("the reply is not in the requested shape");
        }
        if (answer.get("lines").size() > MAX_ITEMS || answer.get("unmatched").size() > MAX_ITEMS) {
            throw new LlmFailure("the reply has more than " + MAX_ITEMS + " items");
        }
        List<LlmReply.Line> lines = new ArrayList<>();
        for (JsonNode l : answer.get("lines")) {
            if (!l.isObject() || !l.path("sku").isTextual()) {
                throw new LlmFailure("the reply is not in the requested shape");
            }
            lines.add(new LlmReply.Line(l.get("sku").asText().strip(), quantity(l.path("quantity")), text(l.path("source"))));
        }
        List<LlmReply.Item> unmatched = new ArrayList<>();
        for (JsonNode u : answer.get("unmatched")) {
            if (!u.isObject() || !u.path("text").isTextual()) {
                throw new LlmFailure("the reply is not in the requested shape");
            }
            unmatched.add(new LlmReply.Item(text(u.get("text")), quantity(u.path("quantity"))));
        }
        String language = answer.path("language").isTextual() ? answer.get("language").asText() : null;
        return new LlmReply(language, lines, unmatched);
    }

    /** A number, or null when absent or null (the grounding decides); any other type breaks the shape. */
    private static BigDecimal quantity(JsonNode q) throws LlmFailure {
        if (q.isMissingNode() || q.isNull()) {
            return null;
        }
        if (!q.isNumber()) {
            throw new LlmFailure("the reply is not in the requested shape");
        }
        if (q.isFloatingPointNumber() && !Double.isFinite(q.doubleValue()) && !q.isBigDecimal()) {
            return null; // e.g. 1e400: Jackson keeps it as an infinite double, which is no quantity
        }
        return q.decimalValue();
    }

    private static String text(JsonNode t) throws LlmFailure {
        if (t.isMissingNode() || t.isNull()) {
            return "";
        }
        if (!t.isTextual()) {
            throw new LlmFailure("the reply is not in the requested shape");
        }
        return t.asText().strip();
    }

    /** Some compatible servers wrap JSON in a Markdown fence even when asked for JSON only. */
    static String withoutCodeFence(String content) {
        String s = content.strip();
        if (s.startsWith("```") && s.endsWith("```") && s.length() >= 6) {
            s = s.substring(3, s.length() - 3);
            if (s.startsWith("json")) {
                s = s.substring(4);
            }
        }
        return s.strip();
    }

    private static JsonNode parse(String text, String failure) throws LlmFailure {
        if (text == null || text.isBlank()) {
            throw new LlmFailure(failure);
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new LlmFailure(failure);
        }
    }
}
