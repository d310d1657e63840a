package org.offerbridge.platform.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Assembles the OpenAPI document from the platform's own part and the capabilities' fragments. Shared by
 * {@link OpenApiResource} and the build's document check (itests/openapi-check), so what the build lints and
 * generates a client from is exactly what the server serves.
 */
public final class OpenApiDocument {
    /** The platform's part, inside the platform core bundle. */
    public static final String PLATFORM_PART = "/openapi/platform.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiDocument() {
    }

    /**
     * The platform's part with the paths and schemas of every fragment added; an unreadable fragment is left
     * out and reported to {@code unreadable}.
     */
    public static ObjectNode assemble(Iterable<URL> fragments, BiConsumer<URL, Exception> unreadable) throws IOException {
        ObjectNode doc = read(OpenApiDocument.class.getResource(PLATFORM_PART));
        for (URL fragment : fragments) {
            try {
                ObjectNode part = read(fragment);
                merge(doc, part, "paths");
                merge((ObjectNode) doc.with("components"), (ObjectNode) part.with("components"), "schemas");
            } catch (IOException | RuntimeException e) {
                unreadable.accept(fragment, e);
            }
        }
        return doc;
    }

    public static String write(ObjectNode doc) throws IOException {
        return JSON.writeValueAsString(doc);
    }

    private static ObjectNode read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static void merge(ObjectNode target, ObjectNode source, String field) {
        JsonNode from = source.get(field);
        if (from == null || !from.isObject()) {
            return;
        }
        ObjectNode to = target.with(field);
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            to.set(e.getKey(), e.getValue());
        }
    }
}
