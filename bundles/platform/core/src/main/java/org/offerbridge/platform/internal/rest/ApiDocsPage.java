package org.offerbridge.platform.internal.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.offerbridge.platform.api.rest.HtmlText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The browsable API reference: one HTML page rendered on the server from the OpenAPI document, with no script
 * and no external asset, so it works offline and under a CSP that allows only its own style.
 */
final class ApiDocsPage {
    private static final String STYLE = "body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1f24}"
            + "nav{position:fixed;top:0;bottom:0;left:0;width:17rem;overflow:auto;padding:1rem;background:#f4f6f8;"
            + "border-right:1px solid #d0d7de;font-size:13px}nav a{display:block;color:#0b57d0;text-decoration:none}"
            + "nav h2{font-size:13px;margin:1rem 0 .2rem;text-transform:uppercase}"
            + "main{margin-left:19rem;padding:1rem 2rem;max-width:60rem}"
            + "section.op{border-top:1px solid #d0d7de;padding:.5rem 0}"
            + ".m{display:inline-block;min-width:4rem;font:bold 12px monospace;padding:2px 6px;border-radius:3px;"
            + "color:#fff;background:#57606a;text-align:center}.get{background:#1a7f37}.post{background:#0b57d0}"
            + ".put{background:#9a6700}.patch{background:#8250df}.delete{background:#cf222e}"
            + "table{border-collapse:collapse;margin:.3rem 0}td,th{border:1px solid #d0d7de;padding:2px 8px;"
            + "text-align:left;vertical-align:top;font-size:14px}"
            + "pre{background:#f6f8fa;padding:.5rem;overflow:auto;font-size:12px;max-height:24rem}"
            + "code{font-size:13px}.note{color:#57606a}";
    static final String CSP = "default-src 'none'; style-src '" + sha256(STYLE)
            + "'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode doc;
    private final StringBuilder h = new StringBuilder(256 * 1024);

    private ApiDocsPage(ObjectNode doc) {
        this.doc = doc;
    }

    static String render(ObjectNode doc) {
        return new ApiDocsPage(doc).page();
    }

    private String page() {
        JsonNode info = doc.path("info");
        String base = doc.path("servers").path(0).path("url").asText("");
        Map<String, List<String[]>> byTag = operationsByTag();
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(esc(info.path("title").asText())).append("</title><style>").append(STYLE).append("</style></head><body><nav>")
                .append("<a href=\"#top\"><b>").append(esc(info.path("title").asText())).append("</b></a>");
        for (Map.Entry<String, List<String[]>> tag : byTag.entrySet()) {
            h.append("<h2>").append(esc(tag.getKey())).append("</h2>");
            for (String[] op : tag.getValue()) {
                JsonNode o = doc.path("paths").path(op[0]).path(op[1]);
                h.append("<a href=\"#op-").append(esc(o.path("operationId").asText())).append("\">")
                        .append(op[1].toUpperCase()).append(' ').append(esc(op[0])).append("</a>");
            }
        }
        h.append("<h2>Schemas</h2><a href=\"#schemas\">All schemas</a></nav><main id=\"top\"><h1>")
                .append(esc(info.path("title").asText())).append(" <small class=\"note\">")
                .append(esc(info.path("version").asText())).append("</small></h1>");
        for (String para : info.path("description").asText().split("\n\n")) {
            h.append("<p>").append(inline(para)).append("</p>");
        }
        h.append("<p>The machine-readable document: <a href=\"openapi.json\"><code>").append(esc(base))
                .append("/openapi.json</code></a> (OpenAPI ").append(esc(doc.path("openapi").asText())).append(").</p>");
        for (Map.Entry<String, List<String[]>> tag : byTag.entrySet()) {
            h.append("<h2>").append(esc(tag.getKey())).append("</h2>");
            for (String[] op : tag.getValue()) {
                operation(base, op[0], op[1], doc.path("paths").path(op[0]).path(op[1]));
            }
        }
        schemas();
        return h.append("</main></body></html>").toString();
    }

    private Map<String, List<String[]>> operationsByTag() {
        Map<String, List<String[]>> byTag = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next();
                if (METHODS.contains(method)) {
                    String tag = path.getValue().path(method).path("tags").path(0).asText("other");
                    byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(new String[] {path.getKey(), method});
                }
            }
        }
        return byTag;
    }

    private void operation(String base, String path, String method, JsonNode op) {
        h.append("<section class=\"op\" id=\"op-").append(esc(op.path("operationId").asText())).append("\"><h3><span class=\"m ")
                .append(method).append("\">").append(method.toUpperCase()).append("</span> <code>").append(esc(base + path))
                .append("</code></h3><p>").append(inline(op.path("summary").asText())).append(" <span class=\"note\">")
                .append(esc(op.path("operationId").asText())).append(op.path("security").isArray() && op.path("security").isEmpty()
                        ? " · no authentication" : "").append("</span></p>");
        JsonNode params = op.path("parameters");
        if (params.isArray() && !params.isEmpty()) {
            h.append("<table><tr><th>Parameter</th><th>In</th><th>Type</th><th>Description</th></tr>");
            for (JsonNode p : params) {
                h.append("<tr><td><code>").append(esc(p.path("name").asText())).append("</code>")
                        .append(p.path("required").asBoolean() ? " *" : "").append("</td><td>").append(esc(p.path("in").asText()))
                        .append("</td><td>").append(type(p.path("schema"))).append("</td><td>")
                        .append(inline(p.path("description").asText())).append("</td></tr>");
            }
            h.append("</table>");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = op.path("requestBody").path("content").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> c = it.next();
            h.append("<p>Request body <code>").append(esc(c.getKey())).append("</code>: ").append(type(c.getValue().path("schema")))
                    .append("</p>");
            example(c.getValue().path("example"));
        }
        h.append("<table><tr><th>Status</th><th>Answer</th></tr>");
        for (Iterator<Map.Entry<String, JsonNode>> it = op.path("responses").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> r = it.next();
            JsonNode answer = resolve(r.getValue());
            h.append("<tr><td>").append(esc(r.getKey())).append("</td><td>").append(inline(answer.path("description").asText()));
            for (Iterator<Map.Entry<String, JsonNode>> cs = answer.path("content").fields(); cs.hasNext();) {
                Map.Entry<String, JsonNode> c = cs.next();
                h.append("<br><code>").append(esc(c.getKey())).append("</code> ").append(type(c.getValue().path("schema")));
                if (!c.getValue().path("example").isMissingNode()) {
                    h.append("<details><summary>Example</summary>");
                    example(c.getValue().path("example"));
                    h.append("</details>");
                }
            }
            h.append("</td></tr>");
        }
        h.append("</table></section>");
    }

    private void schemas() {
        h.append("<h2 id=\"schemas\">Schemas</h2>");
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("components").path("schemas").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> s = it.next();
            JsonNode schema = s.getValue();
            h.append("<section class=\"op\" id=\"schema-").append(esc(s.getKey())).append("\"><h3>").append(esc(s.getKey()))
                    .append("</h3><p>").append(type(schema)).append(' ').append(inline(schema.path("description").asText()))
                    .append("</p>");
            JsonNode props = schema.path("properties");
            if (props.isObject() && !props.isEmpty()) {
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                h.append("<table><tr><th>Field</th><th>Type</th><th>Description</th></tr>");
                for (Iterator<Map.Entry<String, JsonNode>> ps = props.fields(); ps.hasNext();) {
                    Map.Entry<String, JsonNode> p = ps.next();
                    h.append("<tr><td><code>").append(esc(p.getKey())).append("</code>")
                            .append(required.contains(p.getKey()) ? " *" : "").append("</td><td>").append(type(p.getValue()))
                            .append("</td><td>").append(inline(p.getValue().path("description").asText())).append("</td></tr>");
                }
                h.append("</table>");
            }
            h.append("</section>");
        }
    }

    /** A schema's type in a few words, a named schema as a link to it. */
    private String type(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return "<a href=\"#schema-" + esc(name) + "\">" + esc(name) + "</a>";
        }
        String t = schema.path("type").asText("");
        if (t.equals("array")) {
            return "array of " + type(schema.path("items"));
        }
        StringBuilder s = new StringBuilder(esc(t.isEmpty() ? "any" : t));
        if (schema.has("format")) {
            s.append(" (").append(esc(schema.get("format").asText())).append(')');
        }
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(v -> values.add(v.asText()));
            s.append(": ").append(esc(String.join(", ", values)));
        }
        if (schema.path("nullable").asBoolean()) {
            s.append(", nullable");
        }
        return s.toString();
    }

    private JsonNode resolve(JsonNode node) {
        if (node.has("$ref")) {
            return doc.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private void example(JsonNode example) {
        if (example.isMissingNode()) {
            return;
        }
        String text;
        try {
            text = example.isTextual() ? example.asText() : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(example);
        } catch (JsonProcessingException e) {
            text = example.toString();
        }
        h.append("<pre>").append(esc(text)).append("</pre>");
    }

    /** Escapes the text, then shows `code` and **bold** as the document's Markdown means them. */
    private static String inline(String text) {
        return esc(text).replaceAll("`([^`]+)`", "<code>$1</code>").replaceAll("\\*\\*([^*]+)\\*\\*", "<b>$1</b>")
                .replace("\n", "<br>");
    }

    static String esc(String s) {
        return HtmlText.escape(s);
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
