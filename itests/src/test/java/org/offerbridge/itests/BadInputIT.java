package org.offerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.junit.AfterClass;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The black-box probe's kinds of bad input, sent to every operation of the served OpenAPI document, so an
 * endpoint added later is covered without touching this class. One test per kind of input (the parameter);
 * each sends it to every operation it applies to and asserts: never a 5xx, every error
 * application/problem+json, never a Java class name or stack frame in the body.
 * <p>
 * Requests go over a raw socket: {@link java.net.URI} refuses broken percent-encoding, which is the point.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BadInputIT extends OfferbridgeTestSupport {
    private static final Set<String> WRITES = Set.of("post", "put", "patch");
    /**
     * A package-qualified Java class name or a stack frame: what an error body must never show. (A configuration
     * PID such as org.offerbridge.outbound, named so an administrator can act, is not a class name.)
     */
    private static final Pattern JAVA_LEAK = Pattern.compile(
            "\\b(?:java|javax|jakarta|sun|org\\.apache|org\\.eclipse|org\\.osgi|org\\.ops4j|com\\.fasterxml|org\\.offerbridge)"
            + "(?:\\.[a-z_]\\w*)*\\.[A-Z]\\w*|\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|Exception\\b");
    private static final int HUGE_BODY_CHARS = 700_000;
    private static int sent;
    private static final List<String> FIVE_HUNDREDS = new ArrayList<>();
    /** "METHOD /path status" of every refusal compared with the operation's documented responses, and those missing. */
    private static final Set<String> STATUSES_CHECKED = new TreeSet<>();
    private static final Set<String> UNDOCUMENTED = new TreeSet<>();

    private static String apiKey;
    private static JsonNode document;

    @Configuration
    public Option[] config() {
        return baseOptions(
                // every operation gets many requests from one key and one address: keep the limits out of the way
                editConfigurationFilePut("etc/org.offerbridge.plan-probe.cfg", "id", "probe"),
                editConfigurationFilePut("etc/org.offerbridge.plan-probe.cfg", "capabilities", "system-messages,catalog,customers,"
                        + "parser,quotation,channels,chats,signatures,payments,rfq-form,llm-parsing,supplier-office,webhooks"),
                editConfigurationFilePut("etc/org.offerbridge.plan-probe.cfg", "requestsPerMinute", "1000000"),
                editConfigurationFilePut("etc/org.offerbridge.plan-probe.cfg", "selfService", "true"),
                editConfigurationFilePut("etc/org.offerbridge.platform.cfg", "authFailuresPerMinute", "1000000"));
    }

    @Before
    public void ready() {
        awaitApi();
        if (apiKey == null) {
            apiKey = register("Probe Ltd", "probe").apiKey();
            Answer doc = get("/openapi.json", null);
            assertEquals(200, doc.status());
            document = doc.json();
        }
    }

    @AfterClass
    public static void summary() {
        System.out.println("BadInputIT: " + sent + " requests, " + FIVE_HUNDREDS.size() + " answered 5xx, "
                + STATUSES_CHECKED.size() + " distinct refusals checked against the document, " + UNDOCUMENTED.size() + " undocumented");
        UNDOCUMENTED.forEach(u -> System.out.println("BadInputIT undocumented: " + u));
    }

    /** An operation of the document: method, path template, and the operation object. */
    private record Operation(String method, String path, JsonNode spec) {
        boolean writes() {
            return WRITES.contains(method);
        }

        List<String> parameters(String in) {
            List<String> names = new ArrayList<>();
            for (JsonNode p : spec.path("parameters")) {
                if (in.equals(p.path("in").asText())) {
                    names.add(p.path("name").asText());
                }
            }
            return names;
        }

        /** The path with every parameter replaced by {@code value} (already encoded). */
        String path(String value) {
            return path.replaceAll("\\{[^}]+}", value);
        }

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    private static List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = p.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (Set.of("get", "post", "put", "patch", "delete").contains(m.getKey())) {
                    ops.add(new Operation(m.getKey(), p.getKey(), m.getValue()));
                }
            }
        }
        assertTrue("the document lists the API's operations", ops.size() > 50);
        return ops;
    }

    @Test
    public void unknownCharsetOnEveryWrite() {
        for (Operation op : operations()) {
            if (op.writes()) {
                check(op, raw(op.method, op.path("probe-1"), "application/json; charset=x-no-such-charset",
                        "{}".getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    @Test
    public void bodyWithoutContentTypeOnEveryWrite() {
        for (Operation op : operations()) {
            if (op.writes()) {
                check(op, raw(op.method, op.path("probe-1"), null, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    @Test
    public void brokenPercentEncodingInTheQueryOfEveryRead() {
        for (Operation op : operations()) {
            if (op.method.equals("get")) {
                List<String> names = op.parameters("query");
                String query = (names.isEmpty() ? List.of("limit") : names).stream()
                        .map(n -> n + "=%%zz%").reduce((a, b) -> a + "&" + b).orElseThrow();
                check(op, raw("get", op.path("probe-1") + "?" + query, null, null));
            }
        }
    }

    @Test
    public void extremeNumbersInTheQueryOfEveryRead() {
        for (Operation op : operations()) {
            if (op.method.equals("get") && !op.parameters("query").isEmpty()) {
                for (String n : List.of("1e999999999", "-1e-999999999", "99999999999999999999999")) {
                    String query = op.parameters("query").stream().map(p -> p + "=" + n)
                            .reduce((a, b) -> a + "&" + b).orElseThrow();
                    check(op, raw("get", op.path("probe-1") + "?" + query, null, null));
                }
            }
        }
    }

    @Test
    public void nulInEveryPathParameter() {
        for (Operation op : operations()) {
            if (op.path.contains("{") && !op.method.equals("delete")) {
                check(op, raw(op.method, op.path("probe%00x"), op.writes() ? "application/json" : null,
                        op.writes() ? "{}".getBytes(StandardCharsets.UTF_8) : null));
            }
        }
    }

    @Test
    public void hugeStringsInEveryJsonBody() {
        String huge = "A".repeat(HUGE_BODY_CHARS);
        for (Operation op : jsonWrites()) {
            Map<String, JsonNode> fields = fields(op);
            int each = fields.isEmpty() ? HUGE_BODY_CHARS : HUGE_BODY_CHARS / fields.size();
            sendBody(op, bodyOf(fields, type -> JsonNodeFactory.instance.textNode(huge.substring(0, each)),
                    JsonNodeFactory.instance.textNode(huge)));
        }
    }

    @Test
    public void wrongJsonTypesInEveryJsonBody() {
        for (Operation op : jsonWrites()) {
            sendBody(op, bodyOf(fields(op), BadInputIT::wrongType, JsonNodeFactory.instance.numberNode(12)));
            sendBody(op, "[]");
            sendBody(op, "\"text\"");
        }
    }

    @Test
    public void extremeNumbersInEveryJsonBody() {
        for (String n : List.of("1e-999999999", "1e999999999", "-1e999999999")) {
            for (Operation op : jsonWrites()) {
                Map<String, JsonNode> fields = fields(op);
                // numbers as raw JSON tokens, and as the decimal strings money and percentages use
                StringBuilder body = new StringBuilder("{");
                for (Map.Entry<String, JsonNode> f : fields.entrySet()) {
                    String type = f.getValue().path("type").asText();
                    String value = switch (type) {
                        case "number", "integer" -> n;
                        case "string" -> "\"" + n + "\"";
                        case "array" -> "[" + n + "]";
                        default -> null;
                    };
                    if (value != null) {
                        body.append(body.length() > 1 ? "," : "").append('"').append(f.getKey()).append("\":").append(value);
                    }
                }
                if (body.length() == 1) {
                    body.append("\"amount\":").append(n);
                }
                sendBody(op, body.append('}').toString());
            }
        }
    }

    /**
     * One field at a time: a plausible body built from the document (its example where it has one), with one
     * value replaced by an extreme number, so a field checked late (a percentage after the name) is reached too.
     */
    @Test
    public void extremeNumbersInOneFieldOfAPlausibleBody() throws IOException {
        List<JsonNode> extremes = List.of(JsonNodeFactory.instance.textNode("1e-999999999"),
                JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("1e999999999")),
                JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("-1e-999999999")));
        for (Operation op : jsonWrites()) {
            JsonNode schema = op.spec.path("requestBody").path("content").path("application/json");
            JsonNode example = schema.has("example") ? schema.get("example") : plausible(schema.path("schema"), 0);
            if (!example.isContainerNode()) {
                continue;
            }
            List<String> leaves = new ArrayList<>();
            leaves(example, "", leaves);
            for (String leaf : leaves.subList(0, Math.min(12, leaves.size()))) {
                for (JsonNode extreme : extremes) {
                    JsonNode body = example.deepCopy();
                    replace(body, leaf, extreme);
                    sendBody(op, JSON.writeValueAsString(body));
                }
            }
        }
    }

    private static JsonNode resolve(JsonNode schema) {
        for (int i = 0; i < 5 && schema.has("$ref"); i++) {
            String name = schema.get("$ref").asText().replaceFirst("^#/components/schemas/", "");
            schema = document.path("components").path("schemas").path(name);
        }
        return schema;
    }

    /** A value the schema accepts, as far as the document says: its example, first enum value, or by type and format. */
    private static JsonNode plausible(JsonNode schema, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        schema = resolve(schema);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.path("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        if (schema.has("allOf") || schema.has("properties")) {
            ObjectNode o = f.objectNode();
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            collect(schema, fields, 0);
            if (depth < 4) {
                fields.forEach((name, s) -> o.set(name, plausible(s, depth + 1)));
            }
            return o;
        }
        for (String alternative : List.of("oneOf", "anyOf")) {
            if (schema.path(alternative).size() > 0) {
                return plausible(schema.get(alternative).get(0), depth + 1);
            }
        }
        switch (schema.path("type").asText("string")) {
            case "object":
                return f.objectNode();
            case "array":
                ArrayNode a = f.arrayNode();
                if (depth < 4) {
                    a.add(plausible(schema.path("items"), depth + 1));
                }
                return a;
            case "integer":
            case "number":
                return f.numberNode(1);
            case "boolean":
                return f.booleanNode(true);
            default:
                return f.textNode(switch (schema.path("format").asText()) {
                    case "email" -> "probe@example.com";
                    case "date" -> "2030-01-01";
                    case "date-time" -> "2030-01-01T00:00:00Z";
                    case "uri", "url" -> "https://example.com/probe";
                    case "uuid" -> "00000000-0000-0000-0000-000000000001";
                    default -> "1";
                });
        }
    }

    /** JSON pointers of every number and string in {@code node}. */
    private static void leaves(JsonNode node, String pointer, List<String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> leaves(e.getValue(), pointer + "/" + e.getKey(), into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), pointer + "/" + i, into);
            }
        } else if (node.isNumber() || node.isTextual()) {
            into.add(pointer);
        }
    }

    private static void replace(JsonNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), value);
        }
    }

    /** Errors the web server answers before the API: too long a URI, too large headers. */
    @Test
    public void errorsOfTheWebServerAreProblems() {
        Operation op = new Operation("get", "/openapi.json", JsonNodeFactory.instance.objectNode());
        check(op, raw("get", "/catalog/products?q=" + "a".repeat(70_000), null, null));
        check(op, rawWithHeader("get", "/auth/me", "X-Probe", "b".repeat(70_000)));
        check(op, raw("get", "/catalog/products/%00", null, null));
        check(op, raw("get", "/%zz", null, null));
    }

    /** The refusals say what is wrong: the status, and the field at fault where there is one. */
    @Test
    public void refusalsNameWhatIsWrong() throws IOException {
        Operation op = new Operation("get", "/customers", JsonNodeFactory.instance.objectNode());
        Raw broken = raw("get", "/customers?q=bolt&limit=%%zz%", null, null);
        check(op, broken);
        assertEquals(400, broken.status());
        assertEquals("limit", JSON.readTree(broken.body()).path("field").asText());

        Raw charset = raw("post", "/customers", "application/json; charset=x-no-such-charset", "{}".getBytes(StandardCharsets.UTF_8));
        check(op, charset);
        assertEquals(415, charset.status());
        assertEquals("Content-Type", JSON.readTree(charset.body()).path("field").asText());

        Raw untyped = raw("post", "/customers", null, "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        check(op, untyped);
        assertEquals(415, untyped.status());

        Raw nul = raw("get", "/customers/a%00b", null, null);
        check(op, nul);
        assertEquals(400, nul.status());
        JsonNode problem = JSON.readTree(nul.body());
        assertEquals(400, problem.path("status").asInt());
        assertTrue(problem.path("requestId").asText().length() > 10);
        assertTrue(problem.path("type").asText().startsWith("https://offerbridge.org/problems/"));
        assertEquals(414, raw("get", "/customers?q=" + "a".repeat(70_000), null, null).status());
    }

    private List<Operation> jsonWrites() {
        List<Operation> ops = new ArrayList<>();
        for (Operation op : operations()) {
            if (op.writes() && (op.spec.path("requestBody").path("content").has("application/json")
                    || !op.spec.has("requestBody"))) {
                ops.add(op);
            }
        }
        return ops;
    }

    private void sendBody(Operation op, ObjectNode body) {
        try {
            sendBody(op, JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void sendBody(Operation op, String body) {
        check(op, raw(op.method, op.path("probe-1"), "application/json", body.getBytes(StandardCharsets.UTF_8)));
    }

    /** The request body's properties (resolving references and allOf), or none when the document gives no schema. */
    private static Map<String, JsonNode> fields(Operation op) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        collect(op.spec.path("requestBody").path("content").path("application/json").path("schema"), fields, 0);
        return fields;
    }

    private static void collect(JsonNode schema, Map<String, JsonNode> into, int depth) {
        if (depth > 5 || schema.isMissingNode()) {
            return;
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replaceFirst("^#/components/schemas/", "");
            collect(document.path("components").path("schemas").path(name), into, depth + 1);
            return;
        }
        for (JsonNode part : schema.path("allOf")) {
            collect(part, into, depth + 1);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode s = e.getValue();
            if (s.has("$ref")) {
                String name = s.get("$ref").asText().replaceFirst("^#/components/schemas/", "");
                s = document.path("components").path("schemas").path(name);
            }
            into.put(e.getKey(), s);
        }
    }

    private static ObjectNode bodyOf(Map<String, JsonNode> fields, Function<String, JsonNode> value, JsonNode fallback) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        fields.forEach((name, schema) -> body.set(name, value.apply(schema.path("type").asText("object"))));
        if (fields.isEmpty()) {
            body.set("name", fallback);
        }
        return body;
    }

    private static JsonNode wrongType(String type) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (type) {
            case "string" -> f.objectNode().put("nested", true);
            case "number", "integer" -> f.textNode("twelve");
            case "boolean" -> f.textNode("maybe");
            case "array" -> f.textNode("not a list");
            default -> {
                ArrayNode a = f.arrayNode();
                a.add(1);
                yield a;
            }
        };
    }

    /** A raw HTTP/1.1 answer. */
    private record Raw(String request, int status, String contentType, String body) {
    }

    private Raw raw(String method, String pathAndQuery, String contentType, byte[] body) {
        StringBuilder head = new StringBuilder();
        head.append(method.toUpperCase(Locale.ROOT)).append(" /api/v1").append(pathAndQuery).append(" HTTP/1.1\r\n")
                .append("Host: localhost\r\nConnection: close\r\nAccept: application/json\r\n")
                .append("Authorization: Bearer ").append(apiKey).append("\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        } else if (!method.equals("get")) {
            head.append("Content-Length: 0\r\n");
        }
        return exchange(method.toUpperCase(Locale.ROOT) + " " + abbreviate(pathAndQuery)
                + (contentType == null ? "" : " [" + contentType + "]"), head.append("\r\n").toString(), body);
    }

    private Raw rawWithHeader(String method, String path, String name, String value) {
        String head = method.toUpperCase(Locale.ROOT) + " /api/v1" + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + name + ": " + value + "\r\n\r\n";
        return exchange(method.toUpperCase(Locale.ROOT) + " " + path + " [" + name + " of " + value.length() + " chars]", head, null);
    }

    private static Raw exchange(String what, String head, byte[] body) {
        sent++;
        int port = Integer.parseInt(BASE.replaceFirst("^http://localhost:(\\d+)/.*$", "$1"));
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException e) {
                    // the server may answer (413, 431) and close before the whole body is sent
                }
            }
            out.flush();
            return parse(what, s.getInputStream().readAllBytes());
        } catch (IOException e) {
            return new Raw(what, -1, null, e.toString());
        }
    }

    private static Raw parse(String what, byte[] bytes) {
        String all = new String(bytes, StandardCharsets.UTF_8);
        int end = all.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Raw(what, -1, null, all);
        }
        String[] lines = all.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String type = null;
        boolean chunked = false;
        for (String l : lines) {
            String lower = l.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                type = l.substring(13).trim();
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        String body = all.substring(end + 4);
        return new Raw(what, status, type, chunked ? unchunk(body) : body);
    }

    private static String unchunk(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < body.length()) {
            int eol = body.indexOf("\r\n", i);
            if (eol < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(i, eol).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            int from = eol + 2;
            int to = Math.min(body.length(), from + size);
            out.writeBytes(body.substring(from, to).getBytes(StandardCharsets.UTF_8));
            i = to + 2;
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…(" + s.length() + " chars)" : s;
    }

    private final List<String> failures = new ArrayList<>();

    private void check(Operation op, Raw r) {
        String problem = null;
        if (r.status() < 0) {
            problem = "no HTTP answer: " + abbreviate(r.body());
        } else if (r.status() >= 500) {
            problem = "answered " + r.status();
            synchronized (FIVE_HUNDREDS) {
                FIVE_HUNDREDS.add(op + " <- " + r.request());
            }
        } else if (r.status() >= 400 && (r.contentType() == null || !r.contentType().startsWith("application/problem+json"))) {
            problem = "answered " + r.status() + " as " + r.contentType() + ", not application/problem+json";
        } else if (r.status() >= 400 && JAVA_LEAK.matcher(r.body()).find()) {
            problem = "answered " + r.status() + " showing Java internals";
        } else if (r.status() >= 400 && op.spec.has("responses")) {
            // a client generated from the document knows only the statuses it lists (the web server's own
            // refusals before any operation, sent with an empty spec, are outside the operations)
            STATUSES_CHECKED.add(op + " " + r.status());
            if (!op.spec.path("responses").has(Integer.toString(r.status()))) {
                UNDOCUMENTED.add(op + " " + r.status());
                problem = "answered " + r.status() + ", which the document does not list for this operation";
            }
        }
        if (problem != null) {
            failures.add(op + " <- " + r.request() + ": " + problem + ": " + abbreviate(r.body().replaceAll("\\s+", " ")));
        }
    }

    @org.junit.After
    public void report() {
        if (!failures.isEmpty()) {
            StringBuilder sb = new StringBuilder(failures.size() + " bad answers:\n");
            failures.stream().limit(40).forEach(f -> sb.append("  ").append(f).append('\n'));
            failures.clear();
            throw new AssertionError(sb.toString());
        }
    }
}
