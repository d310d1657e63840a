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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.offerbridge.parser.api.RequestEvents;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.quotation.api.QuoteEvents;
import org.offerbridge.webhooks.api.WebhookEvents;
import org.offerbridge.webhooks.api.WebhookPublisher;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

/**
 * Outbound webhooks on the real distribution against a local receiver (allowed for 127.0.0.1 only, as an
 * operator would): the secret shown once, the Standard Webhooks headers and signature checked as a receiver
 * would, retries on 500 until delivered, replay, refused URLs, roles, plans, tenant separation, and the
 * publisher writing in the caller's transaction. The schedule unit is 10 ms here: 5 s becomes 50 ms, 5 min 3 s.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WebhooksIT extends OfferbridgeTestSupport {
    private static Receiver receiver;

    @Inject
    WebhookPublisher publisher;

    @Inject
    RequestContext context;

    @Configuration
    public Option[] config() {
        return baseOptions(
                editConfigurationFilePut("etc/org.offerbridge.platform.outbound.cfg", "allowedPrivateHosts", "127.0.0.1"),
                editConfigurationFilePut("etc/org.offerbridge.webhooks.cfg", "pollIntervalMillis", "200"),
                editConfigurationFilePut("etc/org.offerbridge.webhooks.cfg", "backoffUnitMillis", "10"),
                editConfigurationFilePut("etc/org.offerbridge.quotation.events.cfg", "retryDelayMillis", "500"),
                editConfigurationFilePut("etc/org.offerbridge.quotation.events.cfg", "pollIntervalMillis", "200"));
    }

    @Before
    public void ready() throws IOException {
        awaitApi();
        await("the webhooks endpoints", () -> get("/webhooks/endpoints", register("Probe", "business").apiKey()).status() == 200, 90);
        if (receiver == null) {
            receiver = new Receiver();
        }
    }

    private static String endpointBody(String url, String... events) {
        ObjectNode n = JSON.createObjectNode().put("url", url);
        var list = n.putArray("events");
        for (String e : events) {
            list.add(e);
        }
        return n.toString();
    }

    private JsonNode createEndpoint(Workspace w, String path, String... events) {
        Answer a = call("POST", "/webhooks/endpoints", w.apiKey(), endpointBody(receiver.url(path), events));
        assertEquals(a.body(), 201, a.status());
        return a.json();
    }

    private JsonNode awaitDelivery(Workspace w, String deliveryId, String status) {
        JsonNode[] last = new JsonNode[1];
        await("delivery " + deliveryId + " to be " + status, () -> {
            last[0] = get("/webhooks/deliveries/" + deliveryId, w.apiKey()).json();
            return status.equals(last[0].path("status").asText());
        }, 60);
        return last[0];
    }

    @Test
    public void theSecretIsShownOnceAndTheTestMessageIsSignedExactly() throws Exception {
        Workspace w = register("Hooks Signed", "business");
        JsonNode created = createEndpoint(w, "/signed", "quote.sent", "quote.accepted");
        String secret = created.get("secret").asText();
        assertTrue(secret, secret.startsWith("whsec_") && Base64.getDecoder().decode(secret.substring(6)).length >= 24);
        String id = created.get("id").asText();
        Answer shown = get("/webhooks/endpoints/" + id, w.apiKey());
        assertEquals(200, shown.status());
        assertNull(shown.json().get("secret"));
        assertFalse(shown.body().contains(secret.substring(6)));
        assertFalse(get("/webhooks/endpoints", w.apiKey()).body().contains(secret.substring(6)));
        assertEquals(List.of("quote.sent", "quote.accepted"), texts(shown.json().get("events")));

        Answer test = call("POST", "/webhooks/endpoints/" + id + "/test", w.apiKey(), null);
        assertEquals(test.body(), 202, test.status());
        String deliveryId = test.json().get("id").asText();
        String messageId = test.json().get("messageId").asText();
        await("the test message", () -> receiver.at("/signed").size() == 1, 30);
        Received r = receiver.at("/signed").get(0);
        assertEquals(messageId, r.header("webhook-id"));
        assertEquals("application/json", r.header("Content-Type"));
        assertEquals("Offerbridge-Webhooks/1", r.header("User-Agent"));
        long ts = Long.parseLong(r.header("webhook-timestamp"));
        assertTrue(Math.abs(System.currentTimeMillis() / 1000 - ts) < 300);
        assertTrue("signature verifies", verify(secret, r.header("webhook-id"), r.header("webhook-timestamp"), r.header("webhook-signature"), r.body()));
        assertFalse("and not with another secret", verify("whsec_" + Base64.getEncoder().encodeToString(new byte[32]),
                r.header("webhook-id"), r.header("webhook-timestamp"), r.header("webhook-signature"), r.body()));
        JsonNode body = JSON.readTree(r.body());
        assertEquals("webhook.test", body.get("type").asText());
        assertNotNull(java.time.Instant.parse(body.get("timestamp").asText()));
        assertEquals(id, body.get("data").get("endpointId").asText());

        JsonNode delivered = awaitDelivery(w, deliveryId, "delivered");
        assertEquals(1, delivered.get("attempts").asInt());
        assertEquals(200, delivered.get("lastStatusCode").asInt());
        assertEquals(r.body(), delivered.get("payload").asText());
        assertEquals("thanks", delivered.get("attemptLog").get(0).get("responseBody").asText());

        // a rotated secret is shown once and signs the next message
        String rotated = call("POST", "/webhooks/endpoints/" + id + "/rotate-secret", w.apiKey(), null).json().get("secret").asText();
        assertFalse(rotated.equals(secret));
        call("POST", "/webhooks/endpoints/" + id + "/test", w.apiKey(), null);
        await("the second test message", () -> receiver.at("/signed").size() == 2, 30);
        Received second = receiver.at("/signed").get(1);
        assertTrue(verify(rotated, second.header("webhook-id"), second.header("webhook-timestamp"), second.header("webhook-signature"), second.body()));
        assertFalse(verify(secret, second.header("webhook-id"), second.header("webhook-timestamp"), second.header("webhook-signature"), second.body()));
        assertFalse(get("/audit?limit=20", w.apiKey()).body().contains(rotated.substring(6)));
    }

    @Test
    public void failuresAreRetriedUntilDeliveredAndReplayAddsAnAttempt() {
        Workspace w = register("Hooks Flaky", "business");
        receiver.failFirst("/flaky", 2);
        String id = createEndpoint(w, "/flaky", "quote.sent").get("id").asText();
        String deliveryId = call("POST", "/webhooks/endpoints/" + id + "/test", w.apiKey(), null).json().get("id").asText();
        JsonNode d = awaitDelivery(w, deliveryId, "delivered");
        assertEquals(3, d.get("attempts").asInt());
        List<Integer> codes = new ArrayList<>();
        d.get("attemptLog").forEach(a -> codes.add(a.get("statusCode").asInt()));
        assertEquals(List.of(500, 500, 200), codes);
        assertEquals("HTTP 500", d.get("attemptLog").get(0).get("error").asText());
        List<Received> got = receiver.at("/flaky");
        assertEquals(3, got.size());
        assertEquals("the message id is stable across retries", 1, got.stream().map(x -> x.header("webhook-id")).distinct().count());

        JsonNode listed = get("/webhooks/deliveries?endpoint=" + id + "&status=delivered", w.apiKey()).json();
        assertEquals(1, listed.get("items").size());
        assertEquals(3, listed.get("items").get(0).get("attempts").asInt());
        assertEquals(0, get("/webhooks/deliveries?endpoint=" + id + "&status=failed", w.apiKey()).json().get("items").size());
        assertProblem(get("/webhooks/deliveries?status=lost", w.apiKey()), 400, "status");

        Answer replay = call("POST", "/webhooks/deliveries/" + deliveryId + "/replay", w.apiKey(), null);
        assertEquals(replay.body(), 200, replay.status());
        assertEquals(4, replay.json().get("attempts").asInt());
        JsonNode last = replay.json().get("attemptLog").get(3);
        assertEquals("replay", last.get("trigger").asText());
        assertEquals(200, last.get("statusCode").asInt());
        assertEquals(4, receiver.at("/flaky").size());
        assertEquals(got.get(0).header("webhook-id"), receiver.at("/flaky").get(3).header("webhook-id"));
    }

    @Test
    public void privateAndMetadataUrlsAreRefusedNamingUrl() {
        Workspace w = register("Hooks Strict", "business");
        assertProblem(call("POST", "/webhooks/endpoints", w.apiKey(), endpointBody("http://169.254.169.254/latest/meta-data", "quote.sent")), 400, "url");
        assertProblem(call("POST", "/webhooks/endpoints", w.apiKey(), endpointBody("http://localhost:" + receiver.port() + "/x", "quote.sent")), 400, "url");
        assertProblem(call("POST", "/webhooks/endpoints", w.apiKey(), endpointBody("http://10.0.0.1/hook", "quote.sent")), 400, "url");
        assertProblem(call("POST", "/webhooks/endpoints", w.apiKey(), endpointBody("ftp://example.com/hook", "quote.sent")), 400, "url");
        assertProblem(call("POST", "/webhooks/endpoints", w.apiKey(), endpointBody(receiver.url("/x"), "quote.exploded")), 400, "events");
        assertProblem(call("POST", "/webhooks/endpoints", w.apiKey(), "{\"url\":\"" + receiver.url("/x") + "\",\"events\":[\"quote.sent\"],\"colour\":1}"), 400, "colour");
        String id = createEndpoint(w, "/strict", "quote.sent").get("id").asText();
        assertProblem(call("PATCH", "/webhooks/endpoints/" + id, w.apiKey(), "{\"url\":\"http://169.254.169.254/\"}"), 400, "url");
        assertEquals(receiver.url("/strict"), get("/webhooks/endpoints/" + id, w.apiKey()).json().get("url").asText());
        assertEquals(1, get("/webhooks/endpoints", w.apiKey()).json().get("items").size());
    }

    @Test
    public void aPatchChangesTheFieldsItNamesAndNullClearsOnlyTheDescription() {
        Workspace w = register("Hooks Patched", "business");
        String id = createEndpoint(w, "/patched", "quote.sent").get("id").asText();
        Answer described = call("PATCH", "/webhooks/endpoints/" + id, w.apiKey(), "{\"description\":\" ERP \",\"enabled\":false}");
        assertEquals(described.body(), 200, described.status());
        assertEquals("ERP", described.json().get("description").asText());
        assertFalse(described.json().get("enabled").asBoolean());
        assertEquals(receiver.url("/patched"), described.json().get("url").asText());
        assertEquals(List.of("quote.sent"), texts(described.json().get("events")));

        Answer cleared = call("PATCH", "/webhooks/endpoints/" + id, w.apiKey(), "{\"description\":null,\"events\":[\"quote.viewed\"]}");
        assertEquals(cleared.body(), 200, cleared.status());
        assertNull(cleared.json().get("description"));
        assertFalse(cleared.json().get("enabled").asBoolean());
        assertEquals(List.of("quote.viewed"), texts(cleared.json().get("events")));
        assertProblem(call("PATCH", "/webhooks/endpoints/" + id, w.apiKey(), "{\"enabled\":null}"), 400, "enabled");
        assertProblem(call("PATCH", "/webhooks/endpoints/" + id, w.apiKey(), "{\"events\":[]}"), 400, "events");
        assertProblem(call("PATCH", "/webhooks/endpoints/" + id, w.apiKey(), "{\"colour\":1}"), 400, "colour");
        assertTrue(call("PATCH", "/webhooks/endpoints/" + id, w.apiKey(), "{\"enabled\":true}").json().get("enabled").asBoolean());
    }

    @Test
    public void tenantsNeverSeeOrReceiveEachOthersWebhooks() {
        Workspace a = register("Hooks Tenant A", "business");
        Workspace b = register("Hooks Tenant B", "business");
        String ea = createEndpoint(a, "/tenant-a", "quote.sent").get("id").asText();
        String eb = createEndpoint(b, "/tenant-b", "quote.sent").get("id").asText();
        String da = call("POST", "/webhooks/endpoints/" + ea + "/test", a.apiKey(), null).json().get("id").asText();
        awaitDelivery(a, da, "delivered");
        publishAs(a, WebhookEvents.QUOTE_SENT, Map.of("quoteId", "q-a-1"));
        await("A's quote.sent", () -> receiver.at("/tenant-a").size() == 2, 30);

        assertProblem(get("/webhooks/endpoints/" + ea, b.apiKey()), 404, null);
        assertProblem(call("PATCH", "/webhooks/endpoints/" + ea, b.apiKey(), "{\"enabled\":false}"), 404, null);
        assertProblem(call("POST", "/webhooks/endpoints/" + ea + "/test", b.apiKey(), null), 404, null);
        assertProblem(call("POST", "/webhooks/endpoints/" + ea + "/rotate-secret", b.apiKey(), null), 404, null);
        assertProblem(call("DELETE", "/webhooks/endpoints/" + ea, b.apiKey(), null), 404, null);
        assertProblem(get("/webhooks/deliveries/" + da, b.apiKey()), 404, null);
        assertProblem(call("POST", "/webhooks/deliveries/" + da + "/replay", b.apiKey(), null), 404, null);
        assertEquals(0, get("/webhooks/deliveries?endpoint=" + ea, b.apiKey()).json().get("items").size());
        assertEquals(List.of(eb), ids(get("/webhooks/endpoints", b.apiKey()).json()));
        assertEquals("B never receives A's messages", 0, receiver.at("/tenant-b").size());
        assertTrue(get("/webhooks/endpoints/" + ea, a.apiKey()).json().get("enabled").asBoolean());
    }

    /** The dispatcher finds due rows across workspaces, then acts on each as its own workspace. */
    @Test
    public void dueDeliveriesOfTwoWorkspacesAreEachDeliveredAndVisibleOnlyToTheirOwn() throws Exception {
        Workspace a = register("Hooks Due A", "business");
        Workspace b = register("Hooks Due B", "business");
        createEndpoint(a, "/due-a", "quote.accepted");
        createEndpoint(b, "/due-b", "quote.accepted");
        publishAs(a, WebhookEvents.QUOTE_ACCEPTED, Map.of("quoteId", "q-due-a"));
        publishAs(b, WebhookEvents.QUOTE_ACCEPTED, Map.of("quoteId", "q-due-b"));

        await("each workspace's message at its own endpoint", () -> receiver.at("/due-a").size() == 1 && receiver.at("/due-b").size() == 1, 30);
        assertEquals("q-due-a", JSON.readTree(receiver.at("/due-a").get(0).body()).get("data").get("quoteId").asText());
        assertEquals("q-due-b", JSON.readTree(receiver.at("/due-b").get(0).body()).get("data").get("quoteId").asText());
        JsonNode logA = get("/webhooks/deliveries", a.apiKey()).json().get("items");
        JsonNode logB = get("/webhooks/deliveries", b.apiKey()).json().get("items");
        assertEquals(logA.toString(), 1, logA.size());
        assertEquals(logB.toString(), 1, logB.size());
        String da = logA.get(0).get("id").asText();
        String db = logB.get(0).get("id").asText();
        assertEquals(receiver.at("/due-a").get(0).header("webhook-id"), awaitDelivery(a, da, "delivered").get("messageId").asText());
        assertEquals(receiver.at("/due-b").get(0).header("webhook-id"), awaitDelivery(b, db, "delivered").get("messageId").asText());
        assertProblem(get("/webhooks/deliveries/" + da, b.apiKey()), 404, null);
        assertProblem(get("/webhooks/deliveries/" + db, a.apiKey()), 404, null);
        assertEquals(0, get("/webhooks/deliveries?status=pending", a.apiKey()).json().get("items").size());
        assertEquals(0, get("/webhooks/deliveries?status=pending", b.apiKey()).json().get("items").size());
    }

    @Test
    public void thePublisherWritesInTheCallersTransactionAndHonoursSubscriptions() throws Exception {
        Workspace w = register("Hooks Publisher", "business");
        createEndpoint(w, "/sent-only", "quote.sent");
        createEndpoint(w, "/accepted-only", "quote.accepted");

        // The probe cannot import javax.transaction, so the container's UserTransaction is driven reflectively.
        Object transaction = bundleContext.getService(bundleContext.getServiceReference("javax.transaction.UserTransaction"));
        transaction.getClass().getMethod("begin").invoke(transaction);
        try {
            publishAs(w, WebhookEvents.QUOTE_SENT, Map.of("quoteId", "rolled-back"));
        } finally {
            transaction.getClass().getMethod("rollback").invoke(transaction);
        }
        publishAs(w, WebhookEvents.QUOTE_SENT, Map.of("quoteId", "q-1", "number", "Q-2025-0001"));
        await("quote.sent", () -> receiver.at("/sent-only").size() == 1, 30);
        JsonNode body = JSON.readTree(receiver.at("/sent-only").get(0).body());
        assertEquals("quote.sent", body.get("type").asText());
        assertEquals("q-1", body.get("data").get("quoteId").asText());
        JsonNode log = get("/webhooks/deliveries", w.apiKey()).json().get("items");
        assertEquals("the rolled-back event left nothing behind: " + log, 1, log.size());
        assertEquals(0, receiver.at("/accepted-only").size());
    }

    @Test
    public void aRealQuoteSentViewedAndAcceptedReachesTheSubscribedEndpointSigned() throws Exception {
        Workspace w = withHardwareCatalog("Hooks Quotes");
        String secret = createEndpoint(w, "/quotes", "quote.sent", "quote.viewed", "quote.accepted").get("secret").asText();
        Answer created = call("POST", "/quotes", w.apiKey(), "{\"customer\":{\"name\":\"Sharma Traders\",\"email\":\"buy@sharma.example\"},"
                + "\"currency\":\"INR\",\"lines\":[{\"sku\":\"HB-M8-40\",\"quantity\":12}]}");
        assertEquals(created.body(), 201, created.status());
        String quoteId = created.json().get("id").asText();
        Answer sent = call("POST", "/quotes/" + quoteId + "/send", w.apiKey(), "{}");
        assertEquals(sent.body(), 200, sent.status());
        String url = sent.json().get("publicUrl").asText();
        String path = url.substring(url.indexOf("/api/v1") + "/api/v1".length());
        assertEquals(200, call("GET", path, null, null).status());
        assertEquals(200, call("POST", path + "/accept", null, "{\"name\":\"Anil Sharma\"}").status());

        await("quote.sent, quote.viewed and quote.accepted", () -> receiver.at("/quotes").size() == 3, 60);
        List<String> types = new java.util.ArrayList<>();
        for (var hit : receiver.at("/quotes")) {
            JsonNode body = JSON.readTree(hit.body());
            types.add(body.get("type").asText());
            assertEquals(quoteId, body.get("data").get("quoteId").asText());
            assertTrue("signed with the endpoint's secret", verify(secret, hit.header("webhook-id"), hit.header("webhook-timestamp"), hit.header("webhook-signature"), hit.body()));
        }
        assertEquals(java.util.Set.of("quote.sent", "quote.viewed", "quote.accepted"), new java.util.HashSet<>(types));
    }

    @Test
    public void aQuoteEventAListenerFailedOnIsToldAgainWithItsIdAndReachesTheEndpointOnce() {
        Workspace w = withHardwareCatalog("Hooks Retold");
        createEndpoint(w, "/retold", "quote.sent");
        Answer created = call("POST", "/quotes", w.apiKey(), "{\"customer\":{\"name\":\"Retold Traders\"},"
                + "\"currency\":\"INR\",\"lines\":[{\"sku\":\"HB-M8-40\",\"quantity\":1}]}");
        assertEquals(created.body(), 201, created.status());
        String quoteId = created.json().get("id").asText();

        // a second listener that fails the first time it hears of the send, as one whose database is away would; the
        // webhook listener was bound at start, so it is told before this one each time
        List<String> heard = new CopyOnWriteArrayList<>();
        QuoteEvents flaky = new QuoteEvents() {
            @Override
            public void quoteEvent(String tenantId, String type, String id, Map<String, Object> payload) {
                throw new AssertionError("the dispatcher tells the event's id");
            }

            @Override
            public void quoteEvent(String eventId, String tenantId, String type, String id, Map<String, Object> payload) {
                if (quoteId.equals(id) && "quote.sent".equals(type)) {
                    heard.add(eventId);
                    if (heard.size() == 1) {
                        throw new IllegalStateException("not now");
                    }
                }
            }
        };
        ServiceRegistration<QuoteEvents> registration = bundleContext.registerService(QuoteEvents.class, flaky, null);
        try {
            assertEquals(200, call("POST", "/quotes/" + quoteId + "/send", w.apiKey(), "{}").status());
            await("the failed event to be told again", () -> heard.size() >= 2, 30);
            assertEquals("told again with the same id", heard.get(0), heard.get(1));
            assertEquals("the webhook listener took it the first time and kept it once", 1,
                    get("/webhooks/deliveries", w.apiKey()).json().get("items").size());
            await("the message", () -> receiver.at("/retold").size() == 1, 30);
            String messageId = receiver.at("/retold").get(0).header("webhook-id");
            assertEquals("msg_" + heard.get(0).replace("-", ""), messageId);
        } finally {
            registration.unregister();
        }
        assertEquals("told until every listener took it, then no more", 2, heard.size());
    }

    /** Quote events reach webhooks through a bridge bundle of its own: neither capability's bundle imports the other's API. */
    @Test
    public void theQuoteBridgeIsItsOwnBundleAndNeitherCapabilityImportsTheOther() {
        assertEquals(Bundle.ACTIVE, bundle("offerbridge-webhooks-quotes").getState());
        String webhooksImports = bundle("offerbridge-webhooks").getHeaders().get("Import-Package");
        String quotationImports = bundle("offerbridge-quotation").getHeaders().get("Import-Package");
        assertFalse(webhooksImports, webhooksImports.contains("org.offerbridge.quotation"));
        assertFalse(quotationImports, quotationImports.contains("org.offerbridge.webhooks"));
    }

    /** Request intake events reach webhooks through a bridge bundle of their own too. */
    @Test
    public void theRequestBridgeIsItsOwnBundleAndNeitherCapabilityImportsTheOther() {
        assertEquals(Bundle.ACTIVE, bundle("offerbridge-webhooks-requests").getState());
        String webhooksImports = bundle("offerbridge-webhooks").getHeaders().get("Import-Package");
        String parserImports = bundle("offerbridge-parser").getHeaders().get("Import-Package");
        assertFalse(webhooksImports, webhooksImports.contains("org.offerbridge.parser"));
        assertFalse(parserImports, parserImports.contains("org.offerbridge.webhooks"));
    }

    private static final String REQUEST = "{\"channel\":\"email\",\"sender\":{\"name\":\"Ravi Kumar\",\"email\":\"ravi@kumar.example\"},"
            + "\"text\":\"please send 12 M8 hex bolts 40mm and 2 rolls of PVC tape\"}";

    @Test
    public void aReceivedAndConfirmedRequestReachTheSubscribedEndpointSignedAndNoOtherWorkspace() throws Exception {
        Workspace w = withHardwareCatalog("Hooks Requests");
        Workspace other = register("Hooks Requests Other", "business");
        String secret = createEndpoint(w, "/requests", "request.received", "request.confirmed").get("secret").asText();
        createEndpoint(w, "/requests-quotes-only", "quote.sent");
        createEndpoint(other, "/requests-other", "request.received", "request.confirmed");

        Answer created = call("POST", "/requests", w.apiKey(), REQUEST);
        assertEquals(created.body(), 201, created.status());
        String requestId = created.json().get("id").asText();
        assertEquals("proposed", created.json().get("status").asText());
        Answer confirmed = call("POST", "/requests/" + requestId + "/confirm", w.apiKey(), null);
        assertEquals(confirmed.body(), 200, confirmed.status());
        String quoteId = confirmed.json().get("quoteId").asText();

        await("request.received and request.confirmed", () -> receiver.at("/requests").size() == 2, 60);
        Map<String, JsonNode> byType = new ConcurrentHashMap<>();
        for (Received hit : receiver.at("/requests")) {
            assertTrue("signed with the endpoint's secret", verify(secret, hit.header("webhook-id"), hit.header("webhook-timestamp"),
                    hit.header("webhook-signature"), hit.body()));
            JsonNode body = JSON.readTree(hit.body());
            byType.put(body.get("type").asText(), body.get("data"));
        }
        assertEquals(java.util.Set.of("request.received", "request.confirmed"), byType.keySet());
        assertEquals(requestId, byType.get("request.received").get("requestId").asText());
        assertEquals("proposed", byType.get("request.received").get("status").asText());
        assertEquals("email", byType.get("request.received").get("channel").asText());
        assertEquals(requestId, byType.get("request.confirmed").get("requestId").asText());
        assertEquals(quoteId, byType.get("request.confirmed").get("quoteId").asText());
        assertFalse("no sender details or text", receiver.at("/requests").toString().contains("ravi@kumar.example"));

        // queued in the intake's own transactions, so what is not in a log now never will be
        assertEquals(2, get("/webhooks/deliveries", w.apiKey()).json().get("items").size());
        assertEquals(0, get("/webhooks/deliveries", other.apiKey()).json().get("items").size());
        assertEquals(0, receiver.at("/requests-other").size());
        assertEquals(0, receiver.at("/requests-quotes-only").size());
    }

    /**
     * Request events are told inside the intake change's JTA transaction, and the webhook rows are written in it from
     * another persistence unit: a listener that refuses rolls back the change and every row queued with it.
     */
    @Test
    public void aRefusedRequestEventRollsBackTheChangeWithItsWebhookRowsAndIsToldWhenTheChangeIsMade() throws Exception {
        Workspace w = withHardwareCatalog("Hooks Requests Refused");
        createEndpoint(w, "/refused", "request.received", "request.confirmed");
        List<String> refused = new CopyOnWriteArrayList<>();
        RequestEvents refusing = (eventId, tenantId, type, requestId, payload) -> {
            if (w.tenantId().equals(tenantId)) {
                // a row written through the webhooks unit before the refusal: it must roll back with the change
                publisher.publishFor(tenantId, null, type, Map.of("requestId", requestId, "probe", "rolled back"));
                refused.add(type);
                throw new IllegalStateException("refused by the test");
            }
        };

        ServiceRegistration<RequestEvents> registration = bundleContext.registerService(RequestEvents.class, refusing, null);
        String requestId;
        try {
            Answer received = call("POST", "/requests", w.apiKey(), REQUEST);
            assertEquals(received.body(), 500, received.status());
            assertEquals(List.of("request.received"), refused);
            JsonNode stored = get("/requests", w.apiKey()).json().get("items");
            assertEquals(stored.toString(), 1, stored.size());
            requestId = stored.get(0).get("id").asText();
            assertEquals("stored, but its proposal rolled back", "received", stored.get(0).get("status").asText());
            assertEquals(0, get("/webhooks/deliveries", w.apiKey()).json().get("items").size());
        } finally {
            registration.unregister();
        }

        Answer reparsed = call("POST", "/requests/" + requestId + "/reparse", w.apiKey(), null);
        assertEquals(reparsed.body(), 200, reparsed.status());
        assertEquals("proposed", reparsed.json().get("status").asText());
        await("request.received once the proposal is made", () -> receiver.at("/refused").size() == 1, 60);
        assertEquals(requestId, JSON.readTree(receiver.at("/refused").get(0).body()).get("data").get("requestId").asText());

        registration = bundleContext.registerService(RequestEvents.class, refusing, null);
        try {
            Answer confirmed = call("POST", "/requests/" + requestId + "/confirm", w.apiKey(), null);
            assertEquals(confirmed.body(), 500, confirmed.status());
            assertEquals("proposed", get("/requests/" + requestId, w.apiKey()).json().get("status").asText());
            assertEquals("the draft quote was taken back", 0, get("/quotes", w.apiKey()).json().get("items").size());
            assertEquals(1, get("/webhooks/deliveries", w.apiKey()).json().get("items").size());
        } finally {
            registration.unregister();
        }

        Answer confirmed = call("POST", "/requests/" + requestId + "/confirm", w.apiKey(), null);
        assertEquals(confirmed.body(), 200, confirmed.status());
        await("request.confirmed", () -> receiver.at("/refused").size() == 2, 60);
        JsonNode data = JSON.readTree(receiver.at("/refused").get(1).body()).get("data");
        assertEquals(requestId, data.get("requestId").asText());
        assertEquals(confirmed.json().get("quoteId").asText(), data.get("quoteId").asText());
        assertFalse(receiver.at("/refused").toString().contains("rolled back"));
        assertEquals(2, get("/webhooks/deliveries", w.apiKey()).json().get("items").size());
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    @Test
    public void onlyAdminsChangeEndpointsAndStaffRead() {
        Workspace w = register("Hooks Roles", "business");
        String id = createEndpoint(w, "/roles", "quote.sent").get("id").asText();
        String sales = call("POST", "/api-keys", w.apiKey(), "{\"name\":\"sales desk\",\"role\":\"sales\"}").json().get("key").asText();
        assertProblem(call("POST", "/webhooks/endpoints", sales, endpointBody(receiver.url("/sales"), "quote.sent")), 403, null);
        assertProblem(call("PATCH", "/webhooks/endpoints/" + id, sales, "{\"enabled\":false}"), 403, null);
        assertProblem(call("DELETE", "/webhooks/endpoints/" + id, sales, null), 403, null);
        assertProblem(call("POST", "/webhooks/endpoints/" + id + "/rotate-secret", sales, null), 403, null);
        assertEquals(200, get("/webhooks/endpoints", sales).status());
        assertEquals(200, get("/webhooks/deliveries", sales).status());
        assertEquals(204, call("DELETE", "/webhooks/endpoints/" + id, w.apiKey(), null).status());
        assertProblem(get("/webhooks/endpoints/" + id, w.apiKey()), 404, null);
    }

    @Test
    public void plansWithoutWebhooksGetAPlanError() {
        assertProblem(get("/webhooks/endpoints", register("Hooks Starter", "starter").apiKey()), 402, null);
    }

    private void publishAs(Workspace w, String type, Map<String, Object> data) {
        context.runAs(new TenantPrincipal(w.tenantId(), null, "itest", Role.ADMIN, "business"), () -> {
            publisher.publish(type, data);
            return null;
        });
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    /** The receiver's check, per the Standard Webhooks specification, with a constant-time comparison. */
    private static boolean verify(String secret, String id, String timestamp, String header, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = ("v1," + Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body)
                .getBytes(StandardCharsets.UTF_8)))).getBytes(StandardCharsets.US_ASCII);
        for (String candidate : header.split(" ")) {
            if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    record Received(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    /** A local receiver on 127.0.0.1 in the container: records every request per path; answers 500 while told to. */
    static final class Receiver {
        private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
        private final Map<String, Queue<Integer>> failures = new ConcurrentHashMap<>();
        private final HttpServer server;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                received.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
                        .add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
                Integer status = failures.getOrDefault(path, new ConcurrentLinkedQueue<>()).poll();
                byte[] out = (status == null ? "thanks" : "try later").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status == null ? 200 : status, out.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            });
            server.start();
        }

        void failFirst(String path, int times) {
            Queue<Integer> q = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < times; i++) {
                q.add(500);
            }
            failures.put(path, q);
        }

        List<Received> at(String path) {
            return received.getOrDefault(path, List.of());
        }

        int port() {
            return server.getAddress().getPort();
        }

        String url(String path) {
            return "http://127.0.0.1:" + port() + path;
        }
    }
}
