package org.offerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

/**
 * The optional LLM provider on the real distribution, against a local OpenAI-compatible server replaying
 * chat-completions responses: grounded lines (an invented SKU does not survive), the built-in parser and one
 * system message when the provider fails, a write-only key, admin-only settings, separate tenants and the
 * outbound policy on baseUrl. Loopback is allowed only for 127.0.0.1, as an administrator would allow a
 * local model server.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ParserLlmIT extends OfferbridgeTestSupport {
    private static final String KEY = "sk-it-0123456789abcdef";
    private static final String TEXT = "Hi, please quote 12 M8 hex bolts 40mm and 2 rolls of PVC tape";

    /** The fake endpoint lives in the container, next to the server that calls it. */
    private static FakeLlm llm;

    @Configuration
    public Option[] config() {
        return baseOptions(editConfigurationFilePut("etc/org.offerbridge.platform.outbound.cfg", "allowedPrivateHosts", "127.0.0.1"));
    }

    @Before
    public void ready() throws IOException {
        awaitApi();
        await("the parse endpoint", () -> call("POST", "/parse", register("Probe", "business").apiKey(), "{\"text\":\"\"}").status() == 200, 90);
        if (llm == null) {
            llm = new FakeLlm();
        }
        llm.status = 200;
    }

    private static String parseBody(String text) {
        return "{\"text\":\"" + text + "\",\"channel\":\"email\"}";
    }

    private static String settings(String baseUrl, String model, String apiKey, Integer timeoutMillis) {
        ObjectNode s = JSON.createObjectNode().put("enabled", true).put("baseUrl", baseUrl).put("model", model);
        if (apiKey != null) {
            s.put("apiKey", apiKey);
        }
        if (timeoutMillis != null) {
            s.put("timeoutMillis", timeoutMillis);
        }
        return s.toString();
    }

    private Workspace withLlm(String company) {
        Workspace w = withHardwareCatalog(company);
        Answer put = call("PUT", "/parser/llm", w.apiKey(), settings(llm.baseUrl(), "gpt-4o-mini", KEY, 5000));
        assertEquals(put.body(), 200, put.status());
        return w;
    }

    private static List<String> skus(JsonNode parse) {
        List<String> out = new ArrayList<>();
        parse.get("lines").forEach(l -> out.add(l.get("sku").asText()));
        return out;
    }

    private static List<String> unmatched(JsonNode parse) {
        List<String> out = new ArrayList<>();
        parse.get("unmatched").forEach(u -> out.add(u.get("text").asText()));
        return out;
    }

    private JsonNode parserMessages(Workspace w) {
        List<JsonNode> out = new ArrayList<>();
        get("/system-messages", w.apiKey()).json().get("items").forEach(m -> {
            if (m.get("source").asText().equals("parser")) {
                out.add(m);
            }
        });
        return JSON.valueToTree(out);
    }

    @Test
    public void theLlmReadsTheMessageHeldToTheCatalog() {
        Workspace w = withLlm("LLM Bolts");
        int before = llm.received.size();
        Answer a = call("POST", "/parse", w.apiKey(), parseBody(TEXT));
        assertEquals(a.body(), 200, a.status());
        JsonNode r = a.json();
        // the fake model adds HB-M8-60, which the built-in parser would not: proof the LLM answered
        assertEquals(r.toString(), List.of("HB-M8-40", "TAPE-PVC", "HB-M8-60"), skus(r));
        assertEquals(r.toString(), List.of("3 titanium bolts", "a ladder"), unmatched(r));
        JsonNode bolt = r.get("lines").get(0);
        assertEquals(12, bolt.get("quantity").asInt());
        assertEquals("4.50", bolt.get("unitPrice").asText());
        assertEquals(0.9, bolt.get("confidence").asDouble(), 0.001);
        assertEquals(0.6, r.get("lines").get(2).get("confidence").asDouble(), 0.001);
        assertNull("the /parse contract is unchanged", r.get("parser"));
        assertEquals(List.of("language", "lines", "unmatched"), fieldNames(r));

        assertEquals(before + 1, llm.received.size());
        FakeLlm.Received got = llm.received.get(llm.received.size() - 1);
        assertEquals("Bearer " + KEY, got.authorization());
        assertEquals("gpt-4o-mini", got.body().get("model").asText());
        assertEquals("json_schema", got.body().get("response_format").get("type").asText());
        assertEquals(TEXT, got.body().get("messages").get(1).get("content").asText());
        assertTrue(got.body().get("messages").get(0).get("content").asText().contains("HB-M8-40 | M8 hex bolt 40mm | pcs"));
        assertEquals(0, parserMessages(w).size());
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    public void aFailingProviderFallsBackToTheBuiltInParserWithOneSystemMessage() {
        Workspace w = withLlm("LLM Outage");
        llm.status = 500;
        JsonNode r = call("POST", "/parse", w.apiKey(), parseBody(TEXT)).json();
        assertEquals(r.toString(), List.of("HB-M8-40", "TAPE-PVC"), skus(r));
        assertFalse(unmatched(r).contains("a ladder"));
        JsonNode messages = parserMessages(w);
        assertEquals(messages.toString(), 1, messages.size());
        String message = messages.get(0).get("message").asText();
        assertTrue(message, message.contains("HTTP 500"));
        assertEquals("warning", messages.get(0).get("severity").asText());
        assertFalse(message.contains(KEY) || message.contains("M8"));

        // a second failure within ten minutes answers just as well and does not add a message
        call("POST", "/parse", w.apiKey(), parseBody(TEXT));
        assertEquals(1, parserMessages(w).size());
    }

    @Test
    public void anUnreachableProviderFallsBackToo() throws IOException {
        Workspace w = withHardwareCatalog("LLM Gone");
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        assertEquals(200, call("PUT", "/parser/llm", w.apiKey(),
                settings("http://127.0.0.1:" + closedPort + "/v1", "gpt-4o-mini", KEY, 2000)).status());
        JsonNode r = call("POST", "/parse", w.apiKey(), parseBody(TEXT)).json();
        assertEquals(r.toString(), List.of("HB-M8-40", "TAPE-PVC"), skus(r));
        JsonNode messages = parserMessages(w);
        assertEquals(messages.toString(), 1, messages.size());
        assertTrue(messages.toString(), messages.get(0).get("message").asText().contains("could not connect"));
    }

    @Test
    public void theKeyIsWriteOnlyAndOnlyAdminsManageTheSetting() {
        Workspace w = withLlm("LLM Secrets");
        Answer shown = get("/parser/llm", w.apiKey());
        assertEquals(shown.body(), 200, shown.status());
        JsonNode s = shown.json();
        assertEquals("tenant", s.get("source").asText());
        assertTrue(s.get("enabled").asBoolean());
        assertEquals(llm.baseUrl(), s.get("baseUrl").asText());
        assertTrue(s.get("apiKeySet").asBoolean());
        assertNull(s.get("apiKey"));
        assertFalse(shown.body().contains(KEY));

        // changing the model keeps the key; pointing elsewhere without a key drops it
        JsonNode kept = call("PUT", "/parser/llm", w.apiKey(), settings(llm.baseUrl(), "gpt-4.1-mini", null, null)).json();
        assertTrue(kept.toString(), kept.get("apiKeySet").asBoolean());
        assertEquals(8000, kept.get("timeoutMillis").asInt());
        JsonNode dropped = call("PUT", "/parser/llm", w.apiKey(), settings(llm.baseUrl() + "/other", "gpt-4.1-mini", null, null)).json();
        assertFalse(dropped.toString(), dropped.get("apiKeySet").asBoolean());

        JsonNode audit = get("/audit?limit=10", w.apiKey()).json();
        assertTrue(audit.toString(), audit.toString().contains("parser.llm.updated"));
        assertFalse(audit.toString().contains(KEY));

        String sales = call("POST", "/api-keys", w.apiKey(), "{\"name\":\"sales desk\",\"role\":\"sales\"}").json().get("key").asText();
        assertProblem(get("/parser/llm", sales), 403, null);
        assertProblem(call("PUT", "/parser/llm", sales, settings(llm.baseUrl(), "m", "sk-mine", null)), 403, null);
        assertProblem(call("DELETE", "/parser/llm", sales, null), 403, null);
        assertEquals(200, call("POST", "/parse", sales, parseBody(TEXT)).status());
    }

    @Test
    public void tenantsHaveSeparateSettings() {
        Workspace a = withLlm("LLM Tenant A");
        Workspace b = withHardwareCatalog("Builtin Tenant B");
        JsonNode inB = get("/parser/llm", b.apiKey()).json();
        assertEquals(inB.toString(), "none", inB.get("source").asText());
        assertNull(inB.get("baseUrl"));
        int before = llm.received.size();
        assertEquals(List.of("HB-M8-40", "TAPE-PVC"), skus(call("POST", "/parse", b.apiKey(), parseBody(TEXT)).json()));
        assertEquals("B's parse never reaches A's provider", before, llm.received.size());
        assertEquals(204, call("DELETE", "/parser/llm", b.apiKey(), null).status());
        assertEquals(List.of("HB-M8-40", "TAPE-PVC", "HB-M8-60"), skus(call("POST", "/parse", a.apiKey(), parseBody(TEXT)).json()));

        // A switches its provider off, then removes its setting: the built-in parser answers again
        assertEquals(200, call("PUT", "/parser/llm", a.apiKey(), "{\"enabled\":false}").status());
        assertEquals(List.of("HB-M8-40", "TAPE-PVC"), skus(call("POST", "/parse", a.apiKey(), parseBody(TEXT)).json()));
        assertEquals(204, call("DELETE", "/parser/llm", a.apiKey(), null).status());
        assertEquals("none", get("/parser/llm", a.apiKey()).json().get("source").asText());
    }

    @Test
    public void badSettingsAreRefusedNamingTheField() {
        Workspace w = withHardwareCatalog("LLM Strict");
        assertProblem(call("PUT", "/parser/llm", w.apiKey(), settings("http://169.254.169.254/latest/meta-data", "m", KEY, null)), 400, "baseUrl");
        assertProblem(call("PUT", "/parser/llm", w.apiKey(), settings("http://localhost:" + llm.port() + "/v1", "m", KEY, null)), 400, "baseUrl");
        assertProblem(call("PUT", "/parser/llm", w.apiKey(), settings("http://10.0.0.1/v1", "m", KEY, null)), 400, "baseUrl");
        assertProblem(call("PUT", "/parser/llm", w.apiKey(), settings("file:///etc/passwd", "m", KEY, null)), 400, "baseUrl");
        assertProblem(call("PUT", "/parser/llm", w.apiKey(), settings("http://user:pw@example.com/v1", "m", KEY, null)), 400, "baseUrl");
        assertProblem(call("PUT", "/parser/llm", w.apiKey(), "{\"enabled\":true,\"model\":\"m\"}"), 400, "baseUrl");
        assertProblem(call("PUT", "/parser/llm", w.apiKey(), "{\"enabled\":true,\"baseUrl\":\"" + llm.baseUrl() + "\"}"), 400, "model");
        assertProblem(call("PUT", "/parser/llm", w.apiKey(), settings(llm.baseUrl(), "m", KEY, 100)), 400, "timeoutMillis");
        assertProblem(call("PUT", "/parser/llm", w.apiKey(), settings(llm.baseUrl(), "m", "sk\nX-Evil: 1", null)), 400, "apiKey");
        assertProblem(call("PUT", "/parser/llm", w.apiKey(), "{\"baseUrl\":\"" + llm.baseUrl() + "\"}"), 400, "enabled");
        assertProblem(call("PUT", "/parser/llm", w.apiKey(), "{\"enabled\":true,\"colour\":\"red\"}"), 400, "colour");
        assertEquals("none", get("/parser/llm", w.apiKey()).json().get("source").asText());
    }

    @Test
    public void plansWithoutLlmParsingGetAPlanError() {
        Workspace w = register("Starter shop", "starter");
        assertProblem(get("/parser/llm", w.apiKey()), 402, null);
    }

    /** A local OpenAI-compatible endpoint replaying a documented chat.completion, or failing with {@link #status}. */
    static final class FakeLlm {
        record Received(String authorization, JsonNode body) {
        }

        final List<Received> received = new CopyOnWriteArrayList<>();
        volatile int status = 200;
        private final HttpServer server;

        FakeLlm() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/v1/chat/completions", exchange -> {
                JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
                received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"), body));
                byte[] out = (status == 200 ? completion()
                        : "{\"error\":{\"message\":\"The server had an error while processing your request.\",\"type\":\"server_error\"}}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, out.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + port() + "/v1";
        }

        /** What a model answers for {@link #TEXT}, including a SKU it made up. */
        private static String completion() {
            String content = "{\"language\":\"en\",\"lines\":["
                    + "{\"sku\":\"HB-M8-40\",\"quantity\":12,\"source\":\"12 M8 hex bolts 40mm\"},"
                    + "{\"sku\":\"TAPE-PVC\",\"quantity\":2,\"source\":\"2 rolls of PVC tape\"},"
                    + "{\"sku\":\"HB-M8-60\",\"quantity\":5,\"source\":\"5 long bolts\"},"
                    + "{\"sku\":\"HB-M99-1\",\"quantity\":3,\"source\":\"3 titanium bolts\"}],"
                    + "\"unmatched\":[{\"text\":\"a ladder\",\"quantity\":null}]}";
            ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-9xYz").put("object", "chat.completion")
                    .put("created", 1_731_000_000L).put("model", "gpt-4o-mini-2024-07-18");
            ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", content).putNull("refusal");
            choice.put("finish_reason", "stop");
            root.putObject("usage").put("prompt_tokens", 380).put("completion_tokens", 96).put("total_tokens", 476);
            return root.toString();
        }
    }
}
