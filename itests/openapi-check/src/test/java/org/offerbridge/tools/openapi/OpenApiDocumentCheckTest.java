package org.offerbridge.tools.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offerbridge.platform.internal.rest.OpenApiDocument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * Assembles the document as the server does from every capability's fragment, writes it for the client
 * generation that follows in this module's build, and lints it: a valid OpenAPI 3.0.3 document whose every
 * operation a generated client can name and type.
 */
class OpenApiDocumentCheckTest {
    /** Every capability's fragment; a capability with a new fragment adds it here. */
    private static final List<String> FRAGMENTS = List.of("openapi/catalog.json", "openapi/customers.json",
            "openapi/parser.json", "openapi/quotation.json", "openapi/system-messages.json", "openapi/webhooks.json",
            "openapi/channels.json", "openapi/rfq-form.json");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][a-zA-Z0-9]*");

    private static ObjectNode doc;

    @BeforeAll
    static void assembleAndWrite() throws IOException {
        List<URL> fragments = new ArrayList<>();
        for (String name : FRAGMENTS) {
            URL url = OpenApiDocumentCheckTest.class.getClassLoader().getResource(name);
            assertNotNull(url, name + " is on the class path");
            fragments.add(url);
        }
        List<String> unreadable = new ArrayList<>();
        doc = OpenApiDocument.assemble(fragments, (url, e) -> unreadable.add(url + ": " + e));
        assertEquals(List.of(), unreadable);
        Path out = Path.of(System.getProperty("openapi.document", "target/openapi/openapi.json"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, OpenApiDocument.write(doc));
    }

    @Test
    void parsesWithoutMessages() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(OpenApiDocument.write(doc), null, options);
        assertEquals(List.of(), result.getMessages());
        assertEquals("3.0.3", doc.path("openapi").asText());
    }

    @Test
    void usesNoOpenApi31Syntax() {
        List<String> found = new ArrayList<>();
        walk(doc, "#", (node, where) -> {
            for (String bound : List.of("exclusiveMinimum", "exclusiveMaximum")) {
                if (node.has(bound) && !node.get(bound).isBoolean()) {
                    found.add(where + "/" + bound);
                }
            }
            if (node.has("type") && node.get("type").isArray()) {
                found.add(where + "/type");
            }
        });
        assertEquals(List.of(), found, "3.1 syntax in a 3.0.3 document");
    }

    @Test
    void everyOperationHasAUniqueVerbFirstIdAndTags() {
        Set<String> ids = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        forEachOperation((name, op) -> {
            String id = op.path("operationId").asText("");
            if (!OPERATION_ID.matcher(id).matches() || !ids.add(id)) {
                wrong.add(name + " operationId '" + id + "'");
            }
            if (!op.path("tags").isArray() || op.path("tags").isEmpty()) {
                wrong.add(name + " has no tags");
            }
        });
        assertEquals(List.of(), wrong);
        assertTrue(ids.size() >= 100, "all operations counted: " + ids.size());
    }

    @Test
    void bodiesAndAnswersUseNamedSchemas() {
        List<String> inline = new ArrayList<>();
        forEachOperation((name, op) -> {
            op.path("requestBody").path("content").fields().forEachRemaining(c -> {
                if (!named(c.getValue().path("schema"))) {
                    inline.add(name + " request " + c.getKey());
                }
            });
            op.path("responses").fields().forEachRemaining(r -> {
                if (!r.getKey().startsWith("2") || r.getKey().equals("204")) {
                    return;
                }
                JsonNode content = r.getValue().path("content");
                if (content.isMissingNode() || content.isEmpty()) {
                    inline.add(name + " " + r.getKey() + " has no schema");
                }
                content.fields().forEachRemaining(c -> {
                    if (!named(c.getValue().path("schema"))) {
                        inline.add(name + " " + r.getKey() + " " + c.getKey());
                    }
                });
            });
        });
        assertEquals(List.of(), inline, "inline or missing schemas make generated clients lose the type");
    }

    /**
     * One success status per operation, so the one OpenApiIT sees served is the one a client expects (the public
     * accept and reject also answer their form post with 303, the post/redirect/get of the page).
     */
    @Test
    void everyOperationHasOneSuccessStatus() {
        List<String> wrong = new ArrayList<>();
        forEachOperation((name, op) -> {
            List<String> success = new ArrayList<>();
            op.path("responses").fieldNames().forEachRemaining(status -> {
                if (status.startsWith("2")) {
                    success.add(status);
                }
            });
            if (success.size() != 1) {
                wrong.add(name + " " + success);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyReferenceResolves() {
        List<String> dangling = new ArrayList<>();
        walk(doc, "#", (node, where) -> {
            JsonNode ref = node.get("$ref");
            if (ref != null && doc.at(ref.asText().substring(1)).isMissingNode()) {
                dangling.add(where + " -> " + ref.asText());
            }
        });
        assertEquals(List.of(), dangling);
    }

    @Test
    void noSchemaNameIsDefinedByTwoFragments() throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<String> twice = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String name : FRAGMENTS) {
            JsonNode part = json.readTree(OpenApiDocumentCheckTest.class.getClassLoader().getResource(name));
            part.path("components").path("schemas").fieldNames().forEachRemaining(schema -> {
                String first = owner.putIfAbsent(schema, name);
                if (first != null) {
                    twice.add(schema + " in " + first + " and " + name);
                }
            });
        }
        assertEquals(List.of(), twice, "the assembled document keeps only the last one");
    }

    @Test
    void everyBodyAndJsonAnswerHasAnExample() {
        List<String> missing = new ArrayList<>();
        forEachOperation((name, op) -> {
            op.path("requestBody").path("content").fields().forEachRemaining(c -> {
                if (!c.getKey().startsWith("image/") && !c.getValue().has("example")) {
                    missing.add(name + " request " + c.getKey());
                }
            });
            op.path("responses").fields().forEachRemaining(r -> {
                JsonNode answer = r.getValue().path("content").path("application/json");
                if (r.getKey().startsWith("2") && !answer.isMissingNode() && !answer.has("example")
                        && !name.equals("GET /openapi.json")) {
                    missing.add(name + " " + r.getKey());
                }
            });
        });
        assertEquals(List.of(), missing);
    }

    /** A reference, or a plain string/binary schema (CSV, PDF, images, HTML) for which a client needs no model. */
    private static boolean named(JsonNode schema) {
        return schema.has("$ref") || "string".equals(schema.path("type").asText());
    }

    private interface OperationVisitor {
        void visit(String name, JsonNode operation);
    }

    private static void forEachOperation(OperationVisitor visitor) {
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                visitor.visit(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }));
    }

    private interface NodeVisitor {
        void visit(JsonNode node, String where);
    }

    private static void walk(JsonNode node, String where, NodeVisitor visitor) {
        if (node.isObject()) {
            visitor.visit(node, where);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), where + "/" + e.getKey(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "/" + i, visitor);
            }
        }
    }
}
