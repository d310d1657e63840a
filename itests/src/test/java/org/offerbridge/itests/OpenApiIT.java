package org.offerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document against the running distribution: it lists exactly the operations the JAX-RS
 * whiteboard serves, and every example in it is sent to the server in an order that makes the ids exist
 * (a fresh workspace registered with the document's own example), answering the documented status with
 * only documented fields.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OpenApiIT extends OfferbridgeTestSupport {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void ready() {
        awaitApi();
    }

    @Test
    public void documentsExactlyTheServedOperations() {
        JsonNode doc = get("/openapi.json", null).json();
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (METHODS.contains(m)) {
                documented.add(m.toUpperCase() + " " + p.getKey());
            }
        }));
        Set<String> served = served();
        Set<String> undocumented = new TreeSet<>(served);
        undocumented.removeAll(documented);
        Set<String> notServed = new TreeSet<>(documented);
        notServed.removeAll(served);
        assertEquals("served but missing from the document", Set.of(), undocumented);
        assertEquals("documented but not served", Set.of(), notServed);
        assertTrue("the whole API was compared: " + served.size(), served.size() > 100);
    }

    /** Method and path of every resource method the whiteboard serves in the API application, paths normalised. */
    private Set<String> served() {
        ServiceReference<JaxrsServiceRuntime> ref = bundleContext.getServiceReference(JaxrsServiceRuntime.class);
        assertNotNull(ref);
        RuntimeDTO runtime = bundleContext.getService(ref).getRuntimeDTO();
        Set<String> served = new TreeSet<>();
        boolean found = false;
        for (ApplicationDTO app : runtime.applicationDTOs) {
            if (!"offerbridge".equals(app.name)) {
                continue;
            }
            found = true;
            for (ResourceDTO resource : app.resourceDTOs) {
                for (ResourceMethodInfoDTO m : resource.resourceMethods) {
                    if (m.method != null) {
                        served.add(m.method + " " + normalise(m.path));
                    }
                }
            }
        }
        assertTrue("the API application is served", found);
        assertEquals("no resource failed to register", 0, runtime.failedResourceDTOs.length);
        return served;
    }

    /** "/quotes/{id: [^/]+}/" becomes "/quotes/{id}". */
    private static String normalise(String path) {
        String p = ("/" + path).replaceAll("/+", "/").replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Every example sent

    private JsonNode doc;
    private final Map<String, String[]> operations = new HashMap<>();
    private final Map<String, String> vars = new HashMap<>();
    private final List<String> wrong = new ArrayList<>();
    private final Set<String> sent = new TreeSet<>();

    /** One call of the plan: an operation, where its path parameters come from, what it may answer and keeps. */
    private final class Step {
        final String operationId;
        final Map<String, String> params = new LinkedHashMap<>();
        final Map<String, String> bodyFields = new LinkedHashMap<>();
        final Map<String, Function<JsonNode, String>> saves = new LinkedHashMap<>();
        final Set<Integer> refusals = new TreeSet<>();
        String token = "key";

        Step(String operationId) {
            this.operationId = operationId;
        }

        Step param(String name, String var) {
            params.put(name, var);
            return this;
        }

        Step save(String var, String pointer) {
            saves.put(var, j -> j.at(pointer).asText(null));
            return this;
        }

        /** The public link's token: the last segment of publicUrl. */
        Step saveToken(String var) {
            saves.put(var, j -> {
                String url = j.path("publicUrl").asText("");
                return url.substring(url.lastIndexOf('/') + 1);
            });
            return this;
        }

        /** A field of the example that can only be known at run time (a token shown once). */
        Step bodyField(String field, String var) {
            bodyFields.put(field, var);
            return this;
        }

        /** A documented refusal this example may meet here, e.g. a host that does not resolve in a test network. */
        Step or(int... statuses) {
            for (int s : statuses) {
                refusals.add(s);
            }
            return this;
        }

        Step as(String tokenVar) {
            token = tokenVar;
            return this;
        }
    }

    private Step step(String operationId) {
        return new Step(operationId);
    }

    /** In an order that makes every id exist; hosts in the examples (acme.example) do not resolve in a test network. */
    private List<Step> plan() {
        return List.of(
                step("registerWorkspace").as(null).save("key", "/apiKey"),
                step("login").as(null).save("session", "/token"),
                step("getCurrentCaller"), step("getWorkspace"), step("updateWorkspace"), step("listCapabilities"), step("getUsage"),
                step("listUsers").save("user", "/items/0/id"), step("getUser").param("id", "user"),
                step("createInvitation").save("invitation", "/id"), step("listInvitations"),
                step("revokeInvitation").param("id", "invitation"),
                step("createInvitation").save("invitationToken", "/token"),
                step("acceptInvitation").as(null).bodyField("token", "invitationToken").save("staff", "/userId"),
                step("updateUser").param("id", "staff"),
                step("createApiKey").save("apiKey", "/id"), step("listApiKeys"), step("revokeApiKey").param("id", "apiKey"),
                step("listAuditEvents"), step("listLoginEvents"), step("getOpenApiDocument").as(null), step("getApiDocs").as(null),
                step("createProduct").save("product", "/id"), step("listProducts"), step("getProduct").param("id", "product"),
                step("updateProduct").param("id", "product"), step("importCatalog"), step("exportCatalog"), step("getPrice"),
                step("createPriceList").save("priceList", "/id"), step("listPriceLists"),
                step("getPriceList").param("id", "priceList"), step("updatePriceList").param("id", "priceList"),
                step("createPriceListRule").param("id", "priceList").save("rule", "/id"),
                step("listPriceListRules").param("id", "priceList"),
                step("deletePriceListRule").param("id", "priceList").param("ruleId", "rule"),
                step("deletePriceList").param("id", "priceList"),
                step("createPricingRule").save("globalRule", "/id"), step("listPricingRules"),
                step("deletePricingRule").param("ruleId", "globalRule"),
                step("parseText"), step("createRequest").save("request", "/id"), step("listRequests"),
                step("getRequest").param("id", "request"), step("updateRequestProposal").param("id", "request"),
                step("reparseRequest").param("id", "request"), step("reviewRequest").param("id", "request"),
                step("confirmRequest").param("id", "request"), step("exportCorrections"),
                step("getLlmSettings"), step("updateLlmSettings").or(400), step("deleteLlmSettings").or(404),
                step("createCustomer").save("customer", "/id"), step("listCustomers"), step("getCustomer").param("id", "customer"),
                step("updateCustomer").param("id", "customer"), step("createCustomerNote").param("id", "customer"),
                step("listCustomerNotes").param("id", "customer"),
                step("getQuoteSettings"), step("updateQuoteSettings"), step("getQuoteTemplate"), step("updateQuoteTemplate"),
                step("uploadQuoteLogo"), step("getQuoteLogo"),
                step("createQuote").save("quote", "/id"), step("listQuotes"), step("getQuote").param("id", "quote"),
                step("updateQuote").param("id", "quote"), step("approveQuote").param("id", "quote"),
                step("getQuotePdf").param("id", "quote"), step("sendQuote").param("id", "quote").saveToken("token"),
                step("getQuoteTimeline").param("id", "quote"), step("listQuoteLinks").param("id", "quote").save("link", "/0/id"),
                step("listQuoteDeliveries").param("id", "quote"),
                step("retryQuoteDelivery").param("id", "quote").param("deliveryId", "none").or(404),
                step("getPublicQuotePage").as(null).param("token", "token"),
                step("getPublicQuotePdf").as(null).param("token", "token"),
                step("revokeQuoteLink").param("id", "quote").param("linkId", "link"),
                step("reviseQuote").param("id", "quote").save("revision", "/id"),
                step("sendQuote").param("id", "revision").saveToken("revisionToken"),
                step("rejectPublicQuote").as(null).param("token", "revisionToken"),
                step("createQuote").save("quote2", "/id"), step("sendQuote").param("id", "quote2").saveToken("token2"),
                step("acceptPublicQuote").as(null).param("token", "token2"),
                step("listOrders").save("order", "/items/0/id"), step("getOrder").param("id", "order"),
                step("expireDueQuotes"), step("deleteQuoteLogo"),
                step("getEmailSettings"), step("updateEmailSettings").or(400), step("sendTestEmail").or(409),
                step("deleteEmailSettings").or(404),
                step("createSystemMessage").save("message", "/id"), step("listSystemMessages"), step("getSystemMessageSummary"),
                step("clearSystemMessage").param("id", "message"), step("clearAllSystemMessages"),
                step("createWebhookEndpoint").or(400).save("endpoint", "/id"), step("listWebhookEndpoints"),
                step("getWebhookEndpoint").param("id", "endpoint").or(404),
                step("updateWebhookEndpoint").param("id", "endpoint").or(404),
                step("rotateWebhookSecret").param("id", "endpoint").or(404),
                step("testWebhookEndpoint").param("id", "endpoint").or(404).save("delivery", "/id"),
                step("listWebhookDeliveries"), step("getWebhookDelivery").param("id", "delivery").or(404),
                step("replayWebhookDelivery").param("id", "delivery").or(404),
                step("deleteWebhookEndpoint").param("id", "endpoint").or(404),
                step("createChannel").save("channel", "/id"), step("listChannels"), step("getChannel").param("id", "channel"),
                step("updateChannel").param("id", "channel"), step("testChannel").param("id", "channel"),
                step("receiveChannelMessage").as(null).param("token", "none").or(404),
                step("verifyChannelHandshake").as(null).param("token", "none").or(404),
                step("listConversations"), step("getConversation").param("id", "none").or(404),
                step("listConversationMessages").param("id", "none").or(404),
                step("takeConversation").as("session").param("id", "none").or(404),
                step("assignConversation").param("id", "none").or(400, 404),
                step("closeConversation").param("id", "none").or(404), step("markConversationRead").param("id", "none").or(404),
                step("replyToConversation").as("session").param("id", "none").or(404),
                step("setConversationTags").param("id", "none").or(404),
                step("linkConversationCustomer").param("id", "none").or(400, 404),
                step("unlinkConversationCustomer").param("id", "none").or(404),
                step("deleteChannel").param("id", "channel"),
                step("deleteProduct").param("id", "product").or(409),
                step("deleteCustomer").param("id", "customer").or(409),
                step("logout").as("session"));
    }

    @Test
    public void everyExampleIsAcceptedWithTheDocumentedAnswer() throws IOException {
        doc = get("/openapi.json", null).json();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            if (METHODS.contains(m.getKey())) {
                operations.put(m.getValue().path("operationId").asText(), new String[] {p.getKey(), m.getKey()});
            }
        }));
        for (Step s : plan()) {
            run(s);
        }
        Set<String> notSent = new TreeSet<>(operations.keySet());
        notSent.removeAll(sent);
        assertEquals("operations (and their examples) the plan does not send", Set.of(), notSent);
        assertEquals(String.join("\n", wrong), List.of(), wrong);
    }

    private void run(Step s) throws IOException {
        String[] pm = operations.get(s.operationId);
        if (pm == null) {
            wrong.add(s.operationId + ": not in the document");
            return;
        }
        JsonNode op = doc.get("paths").get(pm[0]).get(pm[1]);
        String path = pm[0];
        for (Map.Entry<String, String> p : s.params.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", vars.getOrDefault(p.getValue(), "none"));
        }
        List<String> query = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            if (p.path("in").asText().equals("query") && p.has("example")) {
                query.add(p.get("name").asText() + "=" + p.get("example").asText());
            }
        }
        if (!query.isEmpty()) {
            path += "?" + String.join("&", query);
        }
        String contentType = null;
        byte[] body = null;
        Iterator<Map.Entry<String, JsonNode>> contents = op.path("requestBody").path("content").fields();
        if (contents.hasNext()) {
            Map.Entry<String, JsonNode> c = contents.next();
            contentType = c.getKey();
            JsonNode example = c.getValue().get("example");
            if (contentType.startsWith("image/")) {
                body = png();
            } else if (example == null) {
                wrong.add(s.operationId + ": no example of its " + contentType + " body");
                return;
            } else if (example.isTextual()) {
                body = example.asText().getBytes(StandardCharsets.UTF_8);
            } else {
                JsonNode filled = example.deepCopy();
                if (filled.isObject()) {
                    s.bodyFields.forEach((field, var) -> ((ObjectNode) filled).put(field, vars.get(var)));
                }
                body = JSON.writeValueAsBytes(filled);
            }
        }
        String token = s.token == null ? null : vars.get(s.token);
        Answer a = send(pm[1].toUpperCase(), path, token, contentType, body, Map.of());
        sent.add(s.operationId);
        String what = s.operationId + " (" + pm[1].toUpperCase() + " " + path + ") answered " + a.status() + " " + abbreviate(a.body());
        if (a.status() < 0 || a.status() >= 500) {
            wrong.add(what);
            return;
        }
        if (!op.path("responses").has(Integer.toString(a.status()))) {
            wrong.add(what + ": status not documented");
            return;
        }
        if (a.status() >= 300 && !s.refusals.contains(a.status())) {
            wrong.add(what + ": the example should succeed");
            return;
        }
        if (a.status() >= 300) {
            return;
        }
        JsonNode content = op.path("responses").path(Integer.toString(a.status())).path("content");
        if (content.has("application/json") && a.body() != null && !a.body().isEmpty()) {
            JsonNode answer = a.json();
            undocumentedFields(s.operationId, content.get("application/json").path("schema"), answer, "");
            for (Map.Entry<String, Function<JsonNode, String>> save : s.saves.entrySet()) {
                vars.put(save.getKey(), save.getValue().apply(answer));
            }
        }
    }

    /** Every field the server answers is in the documented schema (top level, and the first item of lists). */
    private void undocumentedFields(String operationId, JsonNode schema, JsonNode answer, String where) {
        JsonNode s = schema.has("$ref") ? doc.at(schema.get("$ref").asText().substring(1)) : schema;
        if (answer.isArray()) {
            if (answer.size() > 0) {
                undocumentedFields(operationId, s.path("items"), answer.get(0), where + "/0");
            }
            return;
        }
        if (!answer.isObject() || !s.path("properties").isObject() || s.path("additionalProperties").asBoolean(false)) {
            return;
        }
        answer.fieldNames().forEachRemaining(f -> {
            if (!s.get("properties").has(f)) {
                wrong.add(operationId + ": answers " + where + "/" + f + ", which its schema lacks");
            } else if (answer.get(f).isArray() || f.equals("items")) {
                undocumentedFields(operationId, s.get("properties").get(f), answer.get(f), where + "/" + f);
            }
        });
    }

    private static String abbreviate(String s) {
        return s == null || s.length() < 300 ? String.valueOf(s) : s.substring(0, 300) + "…";
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    public void servesTheBrowsableDocsWithoutExternalAssets() {
        Answer a = get("/docs", null);
        assertEquals(200, a.status());
        assertTrue(a.header("Content-Type"), a.header("Content-Type").startsWith("text/html"));
        assertTrue(a.header("Content-Security-Policy").startsWith("default-src 'none'"));
        assertEquals("nosniff", a.header("X-Content-Type-Options"));
        assertTrue(a.body().contains("id=\"op-createQuote\""));
        assertTrue("the installed capabilities' operations too", a.body().contains("id=\"op-listWebhookEndpoints\""));
        assertFalse(a.body().contains("<script"));
        assertFalse(a.body().matches("(?s).*(src|href)=\"(https?:)?//.*"));
    }
}
