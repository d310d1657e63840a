package org.offerbridge.parser.internal.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.parser.engine.CatalogIndex;
import org.offerbridge.parser.engine.CatalogItem;
import org.offerbridge.parser.engine.ParseResult;
import org.offerbridge.parser.engine.ParsedLine;
import org.offerbridge.parser.engine.RequestParser;
import org.offerbridge.parser.engine.Unmatched;
import org.offerbridge.platform.testing.BoundCaller;
import org.offerbridge.parser.internal.CatalogIndexCache;
import org.offerbridge.platform.api.Capability;
import org.offerbridge.platform.api.CapabilityRegistry;
import org.offerbridge.platform.api.CapabilityStatus;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.SystemMessageLog;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.net.RefusedAddressException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The LLM path end to end against a local HTTP server replaying chat-completions responses: the request it
 * sends, grounding of the reply in the catalog, and the fallback with a rate-limited system message.
 */
class LlmParsingTest {
    private static final String KEY = "sk-test-9f8e7d6c5b4a";
    private static final String TEXT = "Hi, please quote 12 M8 hex bolts 40mm and 2 rolls of PVC tape. Thanks, Ravi";

    private FakeLlmServer server;
    private final List<String> systemMessages = new ArrayList<>();
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final FailureReports failures = new FailureReports(now::get);
    private Optional<LlmEndpoint> endpoint;
    private LlmParsing llm;
    private CatalogIndexCache.Snapshot catalog;
    private ParseResult builtin;

    @BeforeEach
    void start() throws Exception {
        server = new FakeLlmServer();
        endpoint = Optional.of(new LlmEndpoint(server.baseUrl(), "gpt-4o-mini", KEY, 2000, 150));
        failures.bindSystemMessages(new RecordingLog());
        // the policy under test lives in the platform; here loopback is allowed, as an allowlist would
        ChatCompletionsClient client = new ChatCompletionsClient(url -> {
            if (url.contains("169.254.")) {
                throw new RefusedAddressException("The host 169.254.169.254 is a link-local address");
            }
            return URI.create(url);
        });
        llm = new LlmParsing(() -> endpoint, client, failures, boundTo("t-1"), plansWith(Set.of("parser", LlmParsingCapability.ID)));
        Map<String, Product> bySku = new LinkedHashMap<>();
        for (Product p : List.of(product("HB-M8-40", "M8 hex bolt 40mm", "pcs", "hex bolt M8x40"),
                product("HB-M8-60", "M8 hex bolt 60mm", "pcs", "hex bolt M8x60"),
                product("TAPE-PVC", "PVC insulation tape", "roll", "electrical tape"))) {
            bySku.put(p.sku(), p);
        }
        catalog = new CatalogIndexCache.Snapshot(1, CatalogIndex.build(bySku.values().stream()
                .map(p -> new CatalogItem(p.sku(), p.name(), p.aliases(), p.unit())).toList()), bySku);
        builtin = new RequestParser().parse(TEXT, catalog.index());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Optional<ParseResult> parse() {
        return llm.parse(TEXT, catalog, builtin);
    }

    private static String content(String lines, String unmatched) {
        return "{\"language\":\"en\",\"lines\":[" + lines + "],\"unmatched\":[" + unmatched + "]}";
    }

    private static ParsedLine line(ParseResult r, String sku) {
        return r.lines().stream().filter(l -> l.sku().equals(sku)).findFirst().orElseThrow(() -> new AssertionError(sku + " in " + r));
    }

    @Test
    void aGoodReplyBecomesGroundedLines() {
        server.replies(content("{\"sku\":\"HB-M8-40\",\"quantity\":12,\"source\":\"12 M8 hex bolts 40mm\"},"
                + "{\"sku\":\"TAPE-PVC\",\"quantity\":2,\"source\":\"2 rolls of PVC tape\"}",
                "{\"text\":\"a ladder\",\"quantity\":1}"));
        ParseResult r = parse().orElseThrow();
        assertEquals("en", r.language());
        assertEquals(2, r.lines().size());
        assertEquals(0, new BigDecimal("12").compareTo(line(r, "HB-M8-40").quantity()));
        assertEquals("2 rolls of PVC tape", line(r, "TAPE-PVC").source());
        assertEquals(List.of(new Unmatched("a ladder", BigDecimal.ONE)), r.unmatched());
        assertTrue(systemMessages.isEmpty());
    }

    @Test
    void theRequestCarriesKeyModelSchemaCandidatesAndTheTextInItsOwnMessage() {
        server.replies(content("", ""));
        parse().orElseThrow();
        FakeLlmServer.Received got = server.last();
        assertEquals("POST", got.method());
        assertEquals("/v1/chat/completions", got.path());
        assertEquals("Bearer " + KEY, got.authorization());
        assertTrue(got.contentType().startsWith("application/json"));
        JsonNode body = got.body();
        assertEquals("gpt-4o-mini", body.get("model").asText());
        assertEquals(0, body.get("temperature").asInt());
        JsonNode format = body.get("response_format");
        assertEquals("json_schema", format.get("type").asText());
        assertEquals("rfq_lines", format.get("json_schema").get("name").asText());
        assertTrue(format.get("json_schema").get("strict").asBoolean());
        JsonNode schema = format.get("json_schema").get("schema");
        assertFalse(schema.get("additionalProperties").asBoolean());
        assertEquals(List.of("sku", "quantity", "source"),
                strings(schema.get("properties").get("lines").get("items").get("required")));
        JsonNode messages = body.get("messages");
        assertEquals(2, messages.size());
        assertEquals("system", messages.get(0).get("role").asText());
        String system = messages.get(0).get("content").asText();
        assertTrue(system.contains("HB-M8-40 | M8 hex bolt 40mm | pcs | hex bolt M8x40"), system);
        assertTrue(system.contains("TAPE-PVC | PVC insulation tape | roll"), system);
        assertFalse(system.contains("Ravi"), "the customer's text stays out of the instructions");
        assertEquals("user", messages.get(1).get("role").asText());
        assertEquals(TEXT, messages.get(1).get("content").asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void withoutAKeyNoAuthorizationHeaderIsSent() {
        endpoint = Optional.of(new LlmEndpoint(server.baseUrl(), "llama3", null, 2000, 150));
        server.replies(content("", ""));
        parse().orElseThrow();
        assertEquals(null, server.last().authorization());
    }

    @Test
    void aSkuTheCatalogLacksDoesNotSurvive() {
        server.replies(content("{\"sku\":\"HB-M10-99\",\"quantity\":5,\"source\":\"5 M10 bolts\"},"
                + "{\"sku\":\"tape-pvc\",\"quantity\":2,\"source\":\"2 rolls of PVC tape\"}", ""));
        ParseResult r = parse().orElseThrow();
        assertEquals(List.of("TAPE-PVC"), r.lines().stream().map(ParsedLine::sku).toList(), "SKUs match ignoring case only");
        assertEquals(List.of(new Unmatched("5 M10 bolts", new BigDecimal("5"))), r.unmatched());
    }

    @Test
    void invalidQuantitiesBecomeUnmatchedAndDuplicatesMerge() {
        server.replies(content(String.join(",",
                "{\"sku\":\"HB-M8-40\",\"quantity\":0,\"source\":\"zero bolts\"}",
                "{\"sku\":\"HB-M8-40\",\"quantity\":-3,\"source\":\"minus bolts\"}",
                "{\"sku\":\"HB-M8-40\",\"quantity\":1000001,\"source\":\"too many bolts\"}",
                "{\"sku\":\"HB-M8-40\",\"quantity\":1.23456,\"source\":\"too precise bolts\"}",
                "{\"sku\":\"HB-M8-40\",\"quantity\":1e400,\"source\":\"infinite bolts\"}",
                "{\"sku\":\"HB-M8-60\",\"quantity\":null,\"source\":\"some long bolts\"}",
                "{\"sku\":\"TAPE-PVC\",\"quantity\":2.5000,\"source\":\"2.5 rolls\"}",
                "{\"sku\":\"TAPE-PVC\",\"quantity\":1e1,\"source\":\"10 more rolls\"}"),
                "{\"text\":\"washers\",\"quantity\":-1}"));
        ParseResult r = parse().orElseThrow(() -> new AssertionError(systemMessages.toString()));
        assertEquals(1, r.lines().size(), r.toString());
        ParsedLine tape = line(r, "TAPE-PVC");
        assertEquals("12.5", tape.quantity().toPlainString());
        assertEquals("2.5 rolls; 10 more rolls", tape.source());
        List<String> unmatched = r.unmatched().stream().map(Unmatched::text).toList();
        assertEquals(List.of("zero bolts", "minus bolts", "too many bolts", "too precise bolts", "infinite bolts", "some long bolts",
                "washers"), unmatched);
        assertTrue(r.unmatched().stream().allMatch(u -> u.quantity() == null));
    }

    @Test
    void confidenceIsModestUnlessTheBuiltInParserAgrees() {
        BigDecimal builtinBolts = builtin.lines().stream().filter(l -> l.sku().equals("HB-M8-40")).findFirst().orElseThrow().quantity();
        server.replies(content("{\"sku\":\"HB-M8-40\",\"quantity\":" + builtinBolts + ",\"source\":\"bolts\"},"
                + "{\"sku\":\"TAPE-PVC\",\"quantity\":7,\"source\":\"tape\"},"
                + "{\"sku\":\"HB-M8-60\",\"quantity\":3,\"source\":\"long bolts\"}", ""));
        ParseResult r = parse().orElseThrow();
        assertEquals(Grounding.AGREED, line(r, "HB-M8-40").confidence());
        assertEquals(Grounding.SAME_SKU, line(r, "TAPE-PVC").confidence());
        assertEquals(Grounding.MODEL_ONLY, line(r, "HB-M8-60").confidence());
    }

    @Test
    void invalidJsonContentFallsBackWithASystemMessage() {
        server.replies("Sure! Here are the lines: HB-M8-40 x 12");
        assertTrue(parse().isEmpty());
        assertEquals(List.of("WARNING parser The LLM provider failed (the reply is not valid JSON); requests are read by the built-in "
                + "parser meanwhile."), systemMessages);
    }

    @Test
    void repliesNotInTheRequestedShapeAreFailures() {
        assertFailure(() -> server.answers(200, "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"choices\":[]}"),
                "the response has no choices");
        assertFailure(() -> server.answers(200, FakeLlmServer.completion(content("", ""), "length")), "cut off");
        assertFailure(() -> server.replies("{\"language\":\"en\",\"lines\":{}}"), "not in the requested shape");
        assertFailure(() -> server.replies(content("{\"sku\":\"HB-M8-40\",\"quantity\":\"12\",\"source\":\"x\"}", "")),
                "not in the requested shape");
        assertFailure(() -> server.replies(content("{\"sku\":7,\"quantity\":12,\"source\":\"x\"}", "")), "not in the requested shape");
        assertFailure(() -> server.answers(200, "<html>gateway</html>"), "the response is not JSON");
    }

    @Test
    void http500FallsBack() {
        server.answers(500, "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}");
        assertTrue(parse().isEmpty());
        assertEquals(1, systemMessages.size());
        assertTrue(systemMessages.get(0).contains("(HTTP 500)"), systemMessages.toString());
    }

    @Test
    void http401FallsBackWithoutShowingTheKey() {
        server.answers(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\",\"type\":\"invalid_request_error\","
                + "\"code\":\"invalid_api_key\"}}");
        assertTrue(parse().isEmpty());
        assertTrue(systemMessages.get(0).contains("(HTTP 401)"), systemMessages.toString());
        assertFalse(systemMessages.get(0).contains(KEY));
    }

    @Test
    void aSlowServerTimesOut() {
        endpoint = Optional.of(new LlmEndpoint(server.baseUrl(), "gpt-4o-mini", KEY, 500, 150));
        server.slow(3000).replies(content("", ""));
        long started = System.nanoTime();
        assertTrue(parse().isEmpty());
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMillis < 2000, "gave up after " + tookMillis + " ms");
        assertTrue(systemMessages.get(0).contains("(timed out after 500 ms)"), systemMessages.toString());
    }

    @Test
    void aClosedPortIsAConnectionFailure() {
        String base = server.baseUrl();
        server.close();
        endpoint = Optional.of(new LlmEndpoint(base, "gpt-4o-mini", KEY, 2000, 150));
        assertTrue(parse().isEmpty());
        assertTrue(systemMessages.get(0).contains("(could not connect)"), systemMessages.toString());
    }

    @Test
    void anOversizedResponseIsCutOff() {
        server.replies("x".repeat(ChatCompletionsClient.MAX_RESPONSE_BYTES + 10));
        assertTrue(parse().isEmpty());
        assertTrue(systemMessages.get(0).contains("response larger than"), systemMessages.toString());
    }

    @Test
    void redirectsAreNotFollowed() {
        server.redirectsTo("http://169.254.169.254/latest/meta-data/");
        assertTrue(parse().isEmpty());
        assertEquals(1, server.received.size());
        assertTrue(systemMessages.get(0).contains("HTTP 302"), systemMessages.toString());
    }

    @Test
    void anEndpointThePolicyRefusesIsNeverCalled() {
        endpoint = Optional.of(new LlmEndpoint("http://169.254.169.254/v1", "m", KEY, 2000, 150));
        assertTrue(parse().isEmpty());
        assertTrue(systemMessages.get(0).contains("refused by the outbound policy"), systemMessages.toString());
    }

    @Test
    void anOutageReportsOncePerTenMinutes() {
        server.answers(503, "");
        parse();
        parse();
        now.addAndGet(9 * 60_000);
        parse();
        assertEquals(1, systemMessages.size());
        now.addAndGet(60_000);
        parse();
        assertEquals(2, systemMessages.size());
    }

    @Test
    void aPlanWithoutLlmParsingKeepsTheBuiltInParser() {
        server.replies(content("", ""));
        LlmParsing onStarter = new LlmParsing(() -> endpoint, new ChatCompletionsClient(URI::create), failures,
                boundTo("t-2", "starter"), plansWith(Set.of("parser")));
        assertTrue(onStarter.parse(TEXT, catalog, builtin).isEmpty());
        assertEquals(0, server.received.size());
    }

    @Test
    void noProviderMeansNoCall() {
        endpoint = Optional.empty();
        assertTrue(parse().isEmpty());
        assertTrue(llm.parse("   ", catalog, builtin).isEmpty());
        assertEquals(0, server.received.size());
        assertTrue(systemMessages.isEmpty());
    }

    @Test
    void aLargeCatalogIsShortlistedWithTheBuiltInMatchesFirst() {
        endpoint = Optional.of(new LlmEndpoint(server.baseUrl(), "gpt-4o-mini", KEY, 2000, 1));
        server.replies(content("", ""));
        parse().orElseThrow();
        String system = server.last().body().get("messages").get(0).get("content").asText();
        assertTrue(system.contains(builtin.lines().get(0).sku() + " | "), system);
        String listing = system.substring(system.indexOf("other names):") + "other names):".length()).strip();
        assertEquals(1, listing.lines().count(), system);
    }

    private void assertFailure(Runnable arrange, String reason) {
        systemMessages.clear();
        now.addAndGet(FailureReports.QUIET_MINUTES * 60_000L);
        arrange.run();
        assertTrue(parse().isEmpty(), reason);
        assertEquals(1, systemMessages.size(), reason);
        assertTrue(systemMessages.get(0).contains(reason), systemMessages.get(0));
    }

    private final class RecordingLog implements SystemMessageLog {
        @Override
        public void report(String tenantId, Severity severity, String source, String message) {
            assertEquals("t-1", tenantId);
            assertFalse(message.contains("Ravi") || message.contains(KEY), message);
            systemMessages.add(severity + " " + source + " " + message);
        }

        @Override
        public long countOpen() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Entry> latest(boolean includeCleared, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean clear(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int clearAll() {
            throw new UnsupportedOperationException();
        }
    }

    static Product product(String sku, String name, String unit, String alias) {
        return new Product(sku, sku, name, null, unit, BigDecimal.ONE, "INR", null, null, List.of(alias), true, Instant.EPOCH, Instant.EPOCH);
    }

    /** Every plan includes exactly these capabilities. */
    static CapabilityRegistry plansWith(Set<String> capabilities) {
        return new CapabilityRegistry() {
            @Override
            public List<CapabilityStatus> statusFor(String planId) {
                return List.of();
            }

            @Override
            public boolean isInstalled(String capabilityId) {
                return true;
            }

            @Override
            public boolean planIncludes(String planId, String capabilityId) {
                return capabilities.contains(capabilityId);
            }

            @Override
            public List<Capability> installed() {
                return List.of();
            }
        };
    }

    static RequestContext boundTo(String tenant) {
        return boundTo(tenant, "business");
    }

    static RequestContext boundTo(String tenant, String plan) {
        return BoundCaller.of(new TenantPrincipal(tenant, "u-" + tenant, null, Role.ADMIN, plan));
    }
}
