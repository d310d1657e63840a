package org.offerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document against the running distribution: it lists exactly the operations the JAX-RS
 * whiteboard serves and exactly the parameters their resource methods read, and every example in it is sent to
 * the server in an order that makes the ids exist (a fresh workspace registered with the document's own
 * example), answering a status the operation documents with only documented fields.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OpenApiIT extends OfferbridgeTestSupport {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    private static final String FORM = "application/x-www-form-urlencoded";

    @Configuration
    public Option[] config() {
        // the webhook, LLM and SMTP examples go to 127.0.0.1 (acme.example does not resolve): a receiver in the test
        return baseOptions(editConfigurationFilePut("etc/org.offerbridge.platform.outbound.cfg", "allowedPrivateHosts", "127.0.0.1"));
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
    // Parameters: what the resource methods declare against what the document lists, both directions

    private static final Map<String, String> PARAM_ANNOTATIONS = Map.of("javax.ws.rs.PathParam", "path",
            "javax.ws.rs.QueryParam", "query", "javax.ws.rs.HeaderParam", "header", "javax.ws.rs.CookieParam", "cookie",
            "javax.ws.rs.FormParam", "form", "javax.ws.rs.MatrixParam", "matrix");
    /**
     * Headers resource methods read that are no API parameters: Authorization is the bearer security scheme (OpenAPI
     * 3 ignores a header parameter of that name), User-Agent is sent by every HTTP client (kept with a login event),
     * Sec-Fetch-Site is set by the browser for the public page's forms (a cross-site post is refused), never by a client.
     */
    private static final Set<String> NOT_API_HEADERS = Set.of("header:Authorization", "header:User-Agent", "header:Sec-Fetch-Site");
    /** Read by the gateway filter, not by the resources: every write may carry an Idempotency-Key. */
    private static final String IDEMPOTENCY_KEY = "header:Idempotency-Key";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Test
    public void documentsExactlyTheServedParameters() throws ReflectiveOperationException, InvalidSyntaxException {
        doc = get("/openapi.json", null).json();
        Map<String, Set<String>> served = servedParameters();
        assertEquals("the resource classes read give the operations the whiteboard serves", served(), served.keySet());
        List<String> differ = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, Set<String>> e : served.entrySet()) {
            String[] mp = e.getKey().split(" ", 2);
            JsonNode pathItem = doc.get("paths").path(mp[1]);
            JsonNode op = pathItem.path(mp[0].toLowerCase());
            if (op.isMissingNode()) {
                continue; // documentsExactlyTheServedOperations names it
            }
            Set<String> documented = documentedParameters(pathItem, op);
            compared += documented.size();
            Set<String> undocumented = new TreeSet<>(e.getValue());
            undocumented.removeAll(documented);
            Set<String> notRead = new TreeSet<>(documented);
            notRead.removeAll(e.getValue());
            if (!undocumented.isEmpty()) {
                differ.add(e.getKey() + ": read but not documented " + undocumented);
            }
            if (e.getKey().startsWith("POST /channels/inbound/")) {
                // a provider's callback: the channel's kind reads the provider's own headers (signatures, secret
                // tokens) from the raw call, so the resource declares none of them
                notRead.removeIf(p -> p.startsWith("header:"));
            }
            if (!notRead.isEmpty()) {
                differ.add(e.getKey() + ": documented but not read " + notRead);
            }
        }
        System.out.println("OpenApiIT: parameters of " + served.size() + " operations compared, " + compared + " documented");
        assertEquals(String.join("\n", differ), List.of(), differ);
        assertTrue("parameters compared: " + compared, compared > 100);
    }

    /** "in:name" of the path item's and the operation's parameters, and "form:name" of a form body's fields. */
    private Set<String> documentedParameters(JsonNode pathItem, JsonNode op) {
        Set<String> names = new TreeSet<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), op.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode resolved = p.has("$ref") ? doc.at(p.get("$ref").asText().substring(1)) : p;
                names.add(resolved.path("in").asText() + ":" + resolved.path("name").asText());
            }
        }
        JsonNode form = op.path("requestBody").path("content").path("application/x-www-form-urlencoded").path("schema");
        if (!form.isMissingNode()) {
            JsonNode schema = form.has("$ref") ? doc.at(form.get("$ref").asText().substring(1)) : form;
            schema.path("properties").fieldNames().forEachRemaining(f -> names.add("form:" + f));
        }
        return names;
    }

    /**
     * Every resource method of the API application, read by reflection from the service objects the whiteboard
     * serves: "METHOD /path" to the "in:name" of its parameters (of all Java methods sharing that method and path,
     * such as the JSON and the form variant of one operation).
     */
    private Map<String, Set<String>> servedParameters() throws ReflectiveOperationException, InvalidSyntaxException {
        RuntimeDTO runtime = bundleContext.getService(bundleContext.getServiceReference(JaxrsServiceRuntime.class)).getRuntimeDTO();
        Map<String, Set<String>> served = new TreeMap<>();
        for (ApplicationDTO app : runtime.applicationDTOs) {
            if (!"offerbridge".equals(app.name)) {
                continue;
            }
            for (ResourceDTO resource : app.resourceDTOs) {
                ServiceReference<?>[] refs = bundleContext.getAllServiceReferences(null, "(service.id=" + resource.serviceId + ")");
                assertNotNull("the service of resource " + resource.name, refs);
                Object service = bundleContext.getService(refs[0]);
                try {
                    readResource(service.getClass(), served);
                } finally {
                    bundleContext.ungetService(refs[0]);
                }
            }
        }
        return served;
    }

    private static void readResource(Class<?> type, Map<String, Set<String>> into) throws ReflectiveOperationException {
        String base = annotationValue(type.getAnnotations(), "javax.ws.rs.Path");
        Set<String> fromFields = new TreeSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                addParameter(f.getAnnotations(), f.getType(), fromFields);
            }
        }
        for (Method m : type.getMethods()) {
            String verb = null;
            for (Annotation a : m.getAnnotations()) {
                String v = annotationValue(a.annotationType().getAnnotations(), "javax.ws.rs.HttpMethod");
                if (v != null) {
                    verb = v;
                }
            }
            if (verb == null) {
                continue;
            }
            String sub = annotationValue(m.getAnnotations(), "javax.ws.rs.Path");
            String key = verb + " " + normalise((base == null ? "" : base) + "/" + (sub == null ? "" : sub));
            Set<String> params = into.computeIfAbsent(key, k -> new TreeSet<>());
            params.addAll(fromFields);
            Annotation[][] annotations = m.getParameterAnnotations();
            for (int i = 0; i < annotations.length; i++) {
                addParameter(annotations[i], m.getParameterTypes()[i], params);
            }
            params.removeAll(NOT_API_HEADERS);
            if (WRITES.contains(verb)) {
                params.add(IDEMPOTENCY_KEY);
            }
        }
    }

    /** A JAX-RS parameter annotation's "in:name"; the fields and setters of a @BeanParam class in turn. */
    private static void addParameter(Annotation[] annotations, Class<?> type, Set<String> into) throws ReflectiveOperationException {
        for (Annotation a : annotations) {
            String name = a.annotationType().getName();
            if (PARAM_ANNOTATIONS.containsKey(name)) {
                into.add(PARAM_ANNOTATIONS.get(name) + ":" + a.annotationType().getMethod("value").invoke(a));
            } else if (name.equals("javax.ws.rs.BeanParam")) {
                for (Field f : type.getDeclaredFields()) {
                    addParameter(f.getAnnotations(), f.getType(), into);
                }
                for (Method setter : type.getMethods()) {
                    addParameter(setter.getAnnotations(), Object.class, into);
                }
            }
        }
    }

    private static String annotationValue(Annotation[] annotations, String type) throws ReflectiveOperationException {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals(type)) {
                return (String) a.annotationType().getMethod("value").invoke(a);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Every example sent

    private JsonNode doc;
    private final Map<String, String[]> operations = new HashMap<>();
    private final Map<String, String> vars = new HashMap<>();
    private final List<String> wrong = new ArrayList<>();
    private final Set<String> sent = new TreeSet<>();
    private final Set<String> formsSent = new TreeSet<>();
    /** "operationId status" of every answer compared with the operation's documented responses. */
    private final Set<String> statuses = new TreeSet<>();
    private int examples;

    /** One call of the plan: an operation, where its path parameters come from, what it may answer and keeps. */
    private final class Step {
        final String operationId;
        final Map<String, String> params = new LinkedHashMap<>();
        final Map<String, String> bodyFields = new LinkedHashMap<>();
        final Map<String, Function<JsonNode, String>> saves = new LinkedHashMap<>();
        final Set<Integer> refusals = new TreeSet<>();
        String token = "key";
        /** The request body's media type: the first the document lists unless set. */
        String media;

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

        /** The last path segment of a URL the answer gives at {@code pointer} (a public form's token). */
        Step saveLastSegment(String var, String pointer) {
            saves.put(var, j -> {
                String url = j.at(pointer).asText("");
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

        /** Sends the example of the form (application/x-www-form-urlencoded) body, as the public page's form does. */
        Step form() {
            media = FORM;
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
                step("getLlmSettings"), step("updateLlmSettings").bodyField("baseUrl", "llmUrl"), step("deleteLlmSettings"),
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
                step("createQuote").save("quote3", "/id"), step("sendQuote").param("id", "quote3").saveToken("token3"),
                step("acceptPublicQuote").as(null).param("token", "token3").form(),
                step("createQuote").save("quote4", "/id"), step("sendQuote").param("id", "quote4").saveToken("token4"),
                step("rejectPublicQuote").as(null).param("token", "token4").form(),
                step("listOrders").save("order", "/items/0/id"), step("getOrder").param("id", "order"),
                step("expireDueQuotes"), step("deleteQuoteLogo"),
                step("getEmailSettings"), step("updateEmailSettings").bodyField("host", "smtpHost"),
                // no SMTP server listens in the test: the documented 502 of a server that cannot be reached
                step("sendTestEmail").or(502), step("deleteEmailSettings"),
                step("createSystemMessage").save("message", "/id"), step("listSystemMessages"), step("getSystemMessageSummary"),
                step("clearSystemMessage").param("id", "message"), step("clearAllSystemMessages"),
                step("createWebhookEndpoint").bodyField("url", "hookUrl").save("endpoint", "/id"), step("listWebhookEndpoints"),
                step("getWebhookEndpoint").param("id", "endpoint"),
                step("updateWebhookEndpoint").param("id", "endpoint").bodyField("url", "hookUrl"),
                step("rotateWebhookSecret").param("id", "endpoint"),
                step("testWebhookEndpoint").param("id", "endpoint").save("delivery", "/id"),
                step("listWebhookDeliveries"), step("getWebhookDelivery").param("id", "delivery"),
                step("replayWebhookDelivery").param("id", "delivery").or(409),
                step("deleteWebhookEndpoint").param("id", "endpoint"),
                step("createChannel").save("channel", "/id"), step("listChannels"), step("getChannel").param("id", "channel"),
                step("updateChannel").param("id", "channel"), step("testChannel").param("id", "channel"),
                step("receiveChannelMessage").as(null).param("token", "none").or(404),
                step("verifyChannelHandshake").as(null).param("token", "none").or(404),
                step("listConversations"), step("getConversation").param("id", "none").or(404),
                step("listConversationMessages").param("id", "none").or(404),
                step("getConversationAttachment").param("id", "none").param("attachmentId", "none").or(404),
                step("takeConversation").as("session").param("id", "none").or(404),
                step("assignConversation").param("id", "none").or(400, 404),
                step("closeConversation").param("id", "none").or(404), step("markConversationRead").param("id", "none").or(404),
                step("replyToConversation").as("session").param("id", "none").or(404),
                step("setConversationTags").param("id", "none").or(404),
                step("linkConversationCustomer").param("id", "none").or(400, 404),
                step("unlinkConversationCustomer").param("id", "none").or(404),
                step("getRfqFormSettings"), step("updateRfqFormSettings").saveLastSegment("formToken", "/formUrl"),
                step("getRfqForm").as(null).param("token", "formToken"),
                step("getRfqFormEmbedScript").as(null).param("token", "formToken"),
                step("submitRfqForm").as(null).param("token", "formToken"),
                // a browser's post needs the signed token of a form it was served, which no example can hold
                step("submitRfqForm").as(null).param("token", "formToken").form().or(400),
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
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        vars.put("hookUrl", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        vars.put("llmUrl", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/v1");
        vars.put("smtpHost", "127.0.0.1");
        try {
            for (Step s : plan()) {
                run(s);
            }
        } finally {
            receiver.stop(0);
        }
        Set<String> notSent = new TreeSet<>(operations.keySet());
        notSent.removeAll(sent);
        assertEquals("operations (and their examples) the plan does not send", Set.of(), notSent);
        Set<String> formsNotSent = new TreeSet<>();
        operations.forEach((id, pm) -> {
            if (doc.get("paths").get(pm[0]).get(pm[1]).path("requestBody").path("content").has(FORM) && !formsSent.contains(id)) {
                formsNotSent.add(id);
            }
        });
        assertEquals("form bodies the plan does not send", Set.of(), formsNotSent);
        Set<String> noSuccessSeen = new TreeSet<>(sent);
        statuses.stream().filter(st -> st.matches(".* (2\\d\\d|303)")).forEach(st -> noSuccessSeen.remove(st.split(" ")[0]));
        System.out.println("OpenApiIT: " + plan().size() + " steps over " + sent.size() + " operations, " + examples
                + " examples sent, " + statuses.size() + " distinct answered statuses checked against the document;"
                + " success not seen (a documented refusal instead) for " + noSuccessSeen);
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
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode ref : op.path("parameters")) {
            JsonNode p = ref.has("$ref") ? doc.at(ref.get("$ref").asText().substring(1)) : ref;
            if (p.path("in").asText().equals("query") && p.has("example")) {
                query.add(p.get("name").asText() + "=" + p.get("example").asText());
                examples++;
            } else if (p.path("in").asText().equals("header") && p.has("example")) {
                headers.put(p.get("name").asText(), p.get("example").asText());
                examples++;
            }
        }
        if (!query.isEmpty()) {
            path += "?" + String.join("&", query);
        }
        String contentType = null;
        byte[] body = null;
        Iterator<Map.Entry<String, JsonNode>> contents = op.path("requestBody").path("content").fields();
        if (s.media != null && !op.path("requestBody").path("content").has(s.media)) {
            wrong.add(s.operationId + ": no " + s.media + " body in the document");
            return;
        }
        if (contents.hasNext()) {
            Map.Entry<String, JsonNode> c = contents.next();
            contentType = s.media != null ? s.media : c.getKey();
            JsonNode example = op.path("requestBody").path("content").path(contentType).get("example");
            if (contentType.startsWith("image/")) {
                // An OpenAPI example cannot hold binary content (the document says format: binary), so the upload
                // sends a small valid PNG made here: the server decodes an image completely before keeping it.
                body = png();
            } else if (example == null) {
                wrong.add(s.operationId + ": no example of its " + contentType + " body");
                return;
            } else if (example.isTextual()) {
                body = example.asText().getBytes(StandardCharsets.UTF_8);
            } else if (contentType.equals(FORM)) {
                body = urlEncoded(example).getBytes(StandardCharsets.UTF_8);
                formsSent.add(s.operationId);
            } else {
                JsonNode filled = example.deepCopy();
                if (filled.isObject()) {
                    s.bodyFields.forEach((field, var) -> ((ObjectNode) filled).put(field, vars.get(var)));
                }
                body = JSON.writeValueAsBytes(filled);
            }
        }
        String token = s.token == null ? null : vars.get(s.token);
        Answer a = send(pm[1].toUpperCase(), path, token, contentType, body, headers);
        sent.add(s.operationId);
        if (example(op, contentType)) {
            examples++;
        }
        String what = s.operationId + " (" + pm[1].toUpperCase() + " " + path + ") answered " + a.status() + " " + abbreviate(a.body());
        // a 5xx only where the step expects the documented one of an unreachable outside server (502)
        if (a.status() < 0 || (a.status() >= 500 && !s.refusals.contains(a.status()))) {
            wrong.add(what);
            return;
        }
        statuses.add(s.operationId + " " + a.status());
        if (!op.path("responses").has(Integer.toString(a.status()))) {
            wrong.add(what + ": status not documented");
            return;
        }
        // a form post succeeds as the page's form expects it: 303 back to the page (post/redirect/get)
        boolean succeeded = s.media == null ? a.status() < 300 : a.status() == 303;
        if (!succeeded && !s.refusals.contains(a.status())) {
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

    /** Whether the request sends an example of the document (a body other than the made-up image, or an answer's). */
    private static boolean example(JsonNode op, String contentType) {
        return contentType != null && op.path("requestBody").path("content").path(contentType).has("example");
    }

    /** A form example (an object of field values, as OpenAPI gives it) as the browser encodes it. */
    private static String urlEncoded(JsonNode example) {
        List<String> fields = new ArrayList<>();
        example.fields().forEachRemaining(f -> fields.add(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue().asText(), StandardCharsets.UTF_8)));
        return String.join("&", fields);
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
