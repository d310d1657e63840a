package org.offerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.offerbridge.channels.api.Conversation.Contact;
import org.offerbridge.channels.spi.ChannelKind;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.Connection;
import org.offerbridge.channels.spi.HandshakeAnswer;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundCall;
import org.offerbridge.channels.spi.OutboundMessage;
import org.offerbridge.channels.spi.PreparedSettings;
import org.offerbridge.channels.spi.SendOutcome;
import org.offerbridge.platform.api.secrets.StandardWebhooks;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * The channels capability on the real distribution with the generic webhook kind: the secret shown once, a signed
 * message stored once and made into a request linked to its conversation, forged/stale/unsigned calls refused with
 * nothing stored, other workspaces' ids 404, take and reply delivered signed to a local replay server (allowed for
 * 127.0.0.1 only, as an operator would), the plan's channels quota, and work left pending across a restart.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ChannelsIT extends OfferbridgeTestSupport {
    private static ReplyServer replies;

    @javax.inject.Inject
    SessionFactory sessions;

    @javax.inject.Inject
    org.osgi.service.cm.ConfigurationAdmin configAdmin;

    @javax.inject.Inject
    org.offerbridge.platform.api.TenantAdministration tenants;

    @javax.inject.Inject
    org.offerbridge.channels.api.ConversationService conversations;

    @javax.inject.Inject
    org.offerbridge.platform.api.RequestContext context;

    @Configuration
    public Option[] config() {
        return baseOptions(
                editConfigurationFilePut("etc/org.offerbridge.platform.outbound.cfg", "allowedPrivateHosts", "127.0.0.1"),
                editConfigurationFilePut("etc/org.offerbridge.channels.cfg", "pollIntervalMillis", "200"),
                editConfigurationFilePut("etc/org.offerbridge.channels.cfg", "backoffMillis", "200"));
    }

    @Before
    public void ready() throws IOException {
        awaitApi();
        await("the channels endpoints", () -> get("/channels", register("Probe", "business").apiKey()).status() == 200, 90);
        if (replies == null) {
            replies = new ReplyServer();
        }
    }

    private JsonNode createChannel(Workspace w, String name, String settings) {
        Answer a = call("POST", "/channels", w.apiKey(), "{\"kind\":\"webhook\",\"name\":\"" + name + "\",\"settings\":" + settings + "}");
        assertEquals(a.body(), 201, a.status());
        return a.json();
    }

    private static String token(JsonNode channel) {
        String url = channel.get("inboundUrl").asText();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** POSTs {@code body} to the channel's inbound URL, signed with {@code secret} at {@code ts} (null: unsigned). */
    private Answer inbound(JsonNode channel, String secret, String webhookId, long ts, String body) {
        Map<String, String> headers = new java.util.HashMap<>();
        headers.put("webhook-id", webhookId);
        headers.put("webhook-timestamp", Long.toString(ts));
        if (secret != null) {
            headers.put("webhook-signature", StandardWebhooks.sign(StandardWebhooks.keyBytes(secret), webhookId, ts, body));
        }
        return send("POST", "/channels/inbound/" + token(channel), null, "application/json", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static String message(String email, String text) {
        return "{\"from\":{\"name\":\"Ravi Sharma\",\"email\":\"" + email + "\"},\"text\":\"" + text + "\"}";
    }

    private String login(Workspace w) {
        Answer r = call("POST", "/auth/login", null, "{\"email\":\"" + w.email() + "\",\"password\":\"" + w.password() + "\"}");
        assertEquals(r.body(), 200, r.status());
        return r.json().get("token").asText();
    }

    @Test
    public void aSignedMessageIsStoredOnceAndBecomesARequestOfItsConversation() {
        Workspace w = withHardwareCatalog("Channels Inbound");
        JsonNode channel = createChannel(w, "ERP", "{}");
        String secret = channel.get("secret").asText();
        assertTrue(secret, secret.startsWith("whsec_"));
        assertEquals("connected", channel.get("status").asText());
        String id = channel.get("id").asText();
        Answer shown = get("/channels/" + id, w.apiKey());
        assertEquals(200, shown.status());
        assertFalse(shown.json().hasNonNull("secret"));
        assertFalse(shown.body().contains(secret.substring(6)));
        assertFalse(get("/channels", w.apiKey()).body().contains(secret.substring(6)));
        assertEquals(channel.get("inboundUrl").asText(), shown.json().get("inboundUrl").asText());

        String body = message("ravi@sharma-traders.example", "Please quote 12 M8 hex bolts 40mm and 2 rolls of PVC tape");
        Answer first = inbound(channel, secret, "msg_" + UUID.randomUUID(), now(), body);
        assertEquals(first.body(), 200, first.status());
        String messageId = first.json().get("messageId").asText();
        String conversationId = first.json().get("conversationId").asText();

        JsonNode list = get("/conversations", w.apiKey()).json().get("items");
        assertEquals(1, list.size());
        JsonNode c = list.get(0);
        assertEquals(conversationId, c.get("id").asText());
        assertEquals(id, c.at("/channel/id").asText());
        // no reply URL: the conversation says so before anyone writes, the list does not carry it
        assertFalse(c.has("cannotReply"));
        String why = get("/conversations/" + conversationId, w.apiKey()).json().path("cannotReply").asText();
        assertTrue(why, why.contains("replyUrl"));
        assertEquals("webhook", c.at("/channel/kind").asText());
        assertEquals("ravi@sharma-traders.example", c.at("/contact/email").asText());
        assertEquals("open", c.get("state").asText());
        assertTrue(c.get("unread").asBoolean());
        JsonNode messages = get("/conversations/" + conversationId + "/messages", w.apiKey()).json().get("items");
        assertEquals(1, messages.size());
        assertEquals(messageId, messages.get(0).get("id").asText());
        assertEquals("in", messages.get(0).get("direction").asText());

        JsonNode[] requests = new JsonNode[1];
        await("the request of the conversation", () -> {
            requests[0] = get("/requests?conversation=" + conversationId, w.apiKey()).json().get("items");
            return requests[0].size() == 1 && !"received".equals(requests[0].get(0).get("status").asText());
        }, 30);
        JsonNode request = get("/requests/" + requests[0].get(0).get("id").asText(), w.apiKey()).json();
        assertEquals("webhook", request.get("channel").asText());
        assertEquals(conversationId, request.get("conversationId").asText());
        assertEquals("proposed", request.get("status").asText());
        assertTrue(request.get("proposal").toString(), request.get("proposal").toString().contains("HB-M8-40"));
        await("the conversation linked to the customer", () -> get("/conversations/" + conversationId, w.apiKey()).json()
                .hasNonNull("customerId"), 30);
        assertEquals(request.get("customerId").asText(), get("/conversations/" + conversationId, w.apiKey()).json().get("customerId").asText());
        assertEquals(0, get("/requests?conversation=none", w.apiKey()).json().get("items").size());
    }

    @Test
    public void theSameWebhookIdTwiceIsStoredOnceWithTheSameAnswer() {
        Workspace w = withHardwareCatalog("Channels Dedup");
        JsonNode channel = createChannel(w, "Shop", "{}");
        String secret = channel.get("secret").asText();
        String webhookId = "msg_" + UUID.randomUUID();
        String body = message("dup@example.com", "Need 5 M8 hex bolts 60mm");
        Answer first = inbound(channel, secret, webhookId, now(), body);
        assertEquals(first.body(), 200, first.status());
        Answer again = inbound(channel, secret, webhookId, now(), body);
        assertEquals(again.body(), 200, again.status());
        assertEquals(first.json(), again.json());
        String conversationId = first.json().get("conversationId").asText();
        assertEquals(1, get("/conversations/" + conversationId + "/messages", w.apiKey()).json().get("items").size());
        await("one request", () -> get("/requests?conversation=" + conversationId, w.apiKey()).json().get("items").size() == 1, 30);

        // a second message on the same sender is the same conversation, reopened when closed
        assertEquals(200, call("POST", "/conversations/" + conversationId + "/close", w.apiKey(), null).status());
        assertEquals("closed", get("/conversations/" + conversationId, w.apiKey()).json().get("state").asText());
        assertEquals(200, call("POST", "/conversations/" + conversationId + "/read", w.apiKey(), null).status());
        Answer second = inbound(channel, secret, "msg_" + UUID.randomUUID(), now(), message("dup@example.com", "And 2 rolls of PVC tape"));
        assertEquals(conversationId, second.json().get("conversationId").asText());
        JsonNode reopened = get("/conversations/" + conversationId, w.apiKey()).json();
        assertEquals("open", reopened.get("state").asText());
        assertTrue(reopened.get("unread").asBoolean());
        assertEquals(1, get("/conversations?state=open&unread=true", w.apiKey()).json().get("items").size());
        assertEquals(0, get("/conversations?state=closed", w.apiKey()).json().get("items").size());
        assertEquals(1, get("/conversations?q=dup%40example", w.apiKey()).json().get("items").size());
        // the follow-up joins the conversation's request, still unconfirmed, which is parsed again over both messages
        await("the follow-up in the request", () -> get("/requests/" + get("/requests?conversation=" + conversationId, w.apiKey()).json()
                .get("items").get(0).get("id").asText(), w.apiKey()).json().get("proposal").toString().contains("TAPE-PVC"), 30);
        assertEquals(1, get("/requests?conversation=" + conversationId, w.apiKey()).json().get("items").size());
        assertEquals(2, get("/conversations/" + conversationId + "/messages", w.apiKey()).json().get("items").size());
        assertEquals(0, get("/conversations?q=%40nobody", w.apiKey()).json().get("items").size());
    }

    @Test
    public void aProviderSendsMoreThanTheAnonymousLimitFromOneAddress() throws Exception {
        Workspace w = register("Channels Burst", "business");
        JsonNode channel = createChannel(w, "Burst", "{}");
        String secret = channel.get("secret").asText();
        java.util.Dictionary<String, Object> before = changeSetting(configAdmin, "org.offerbridge.platform", "anonymousRequestsPerMinute", "2");
        try {
            // the change reaches the gateway asynchronously: wait until an anonymous call is refused
            await("the tighter anonymous limit", () -> get("/auth/me", null).status() == 429, 30);
            for (int i = 0; i < 12; i++) {
                Answer a = inbound(channel, secret, "msg_" + UUID.randomUUID(), now(), message("burst@example.com", "Message " + i));
                assertEquals(a.body(), 200, a.status());
            }
            assertEquals("the anonymous limit still holds elsewhere", 429, get("/auth/me", null).status());
        } finally {
            configAdmin.getConfiguration("org.offerbridge.platform", null).update(before);
            await("anonymous calls answered again", () -> get("/auth/me", null).status() == 401, 60);
        }
        String conversation = get("/conversations", w.apiKey()).json().get("items").get(0).get("id").asText();
        assertEquals(12, get("/conversations/" + conversation + "/messages?limit=50", w.apiKey()).json().get("items").size());
    }

    @Test
    public void forgedStaleAndUnsignedCallsAre401WithNothingStored() {
        Workspace w = register("Channels Forged", "business");
        JsonNode channel = createChannel(w, "ERP", "{}");
        String secret = channel.get("secret").asText();
        String body = message("forged@example.com", "12 bolts");
        String otherSecret = StandardWebhooks.newSecret();
        assertProblem(inbound(channel, otherSecret, "msg_forged", now(), body), 401, null);
        assertProblem(inbound(channel, secret, "msg_stale", now() - 301, body), 401, null);
        assertProblem(inbound(channel, secret, "msg_future", now() + 301, body), 401, null);
        assertProblem(inbound(channel, null, "msg_unsigned", now(), body), 401, null);
        Map<String, String> tampered = Map.of("webhook-id", "msg_t", "webhook-timestamp", Long.toString(now()),
                "webhook-signature", StandardWebhooks.sign(StandardWebhooks.keyBytes(secret), "msg_t", now(), body));
        assertProblem(send("POST", "/channels/inbound/" + token(channel), null, "application/json",
                body.replace("12", "13").getBytes(StandardCharsets.UTF_8), tampered), 401, null);
        assertEquals(0, get("/conversations", w.apiKey()).json().get("items").size());
        assertFalse(get("/channels/" + channel.get("id").asText(), w.apiKey()).json().hasNonNull("lastInboundAt"));

        assertProblem(send("POST", "/channels/inbound/not-a-token", null, "application/json", body.getBytes(StandardCharsets.UTF_8),
                Map.of()), 404, null);
        assertProblem(inbound(channel, secret, "msg_bad", now(), "{\"text\":\"no sender\"}"), 400, "from");
        assertEquals(0, get("/conversations", w.apiKey()).json().get("items").size());
    }

    @Test
    public void aSuspendedWorkspaceAndOneWhosePlanLostChannelsKeepNothing() {
        Workspace w = register("Channels Suspended", "business");
        JsonNode channel = createChannel(w, "ERP", "{}");
        String secret = channel.get("secret").asText();
        String webhookId = "msg_" + UUID.randomUUID();
        String body = message("later@example.com", "12 M8 hex bolts");
        tenants.setSuspended(w.tenantId(), true);
        try {
            Answer refused = inbound(channel, secret, webhookId, now(), body);
            assertProblem(refused, 503, null);
            assertTrue(refused.body(), refused.body().contains("workspace-suspended"));
            assertEquals("3600", refused.headers().entrySet().stream().filter(h -> h.getKey() != null && h.getKey().equalsIgnoreCase("Retry-After"))
                    .findFirst().orElseThrow().getValue().get(0));
        } finally {
            tenants.setSuspended(w.tenantId(), false);
        }
        // the provider's retry after the workspace is resumed is the first time the message is kept
        Answer kept = inbound(channel, secret, webhookId, now(), body);
        assertEquals(kept.body(), 200, kept.status());
        assertEquals(1, get("/conversations", w.apiKey()).json().get("items").size());

        tenants.changePlan(w.tenantId(), "free"); // no channels in it
        assertProblem(inbound(channel, secret, "msg_" + UUID.randomUUID(), now(), message("gone@example.com", "2 nuts")), 404, null);
        tenants.changePlan(w.tenantId(), "business");
        assertEquals(1, get("/conversations", w.apiKey()).json().get("items").size());
    }

    @Test
    public void aMessagesPlaceIsItsConversationAndThenItsRequestAndOnlyInItsWorkspace() {
        Workspace a = withHardwareCatalog("Channels Place A");
        Workspace b = register("Channels Place B", "business");
        JsonNode channel = createChannel(a, "Place", "{}");
        JsonNode stored = inbound(channel, channel.get("secret").asText(), "msg_" + UUID.randomUUID(), now(),
                message("place@example.com", "Please quote 12 M8 hex bolts 40mm")).json();
        String messageId = stored.get("messageId").asText();
        String conversationId = stored.get("conversationId").asText();
        await("the message's request", () -> placeAs(a, messageId).map(p -> p.requestId() != null).orElse(false), 30);
        org.offerbridge.channels.api.ConversationService.MessagePlace place = placeAs(a, messageId).orElseThrow();
        assertEquals(conversationId, place.conversationId());
        assertEquals(get("/requests?conversation=" + conversationId, a.apiKey()).json().at("/items/0/id").asText(), place.requestId());
        assertFalse("another workspace does not find it", placeAs(b, messageId).isPresent());
        assertFalse(placeAs(a, "no-such-message").isPresent());
    }

    private java.util.Optional<org.offerbridge.channels.api.ConversationService.MessagePlace> placeAs(Workspace w, String messageId) {
        return context.runAs(new org.offerbridge.platform.api.TenantPrincipal(w.tenantId(), null, "itest",
                org.offerbridge.platform.api.Role.ADMIN, "business"), () -> conversations.placeOf(messageId));
    }

    @Test
    public void anotherWorkspacesChannelsAndConversationsAre404() {
        Workspace a = register("Channels A", "business");
        Workspace b = register("Channels B", "business");
        JsonNode channel = createChannel(a, "A's channel", "{}");
        String id = channel.get("id").asText();
        String conversationId = inbound(channel, channel.get("secret").asText(), "msg_" + UUID.randomUUID(), now(),
                message("a@example.com", "hello")).json().get("conversationId").asText();
        assertProblem(get("/channels/" + id, b.apiKey()), 404, null);
        assertProblem(call("PATCH", "/channels/" + id, b.apiKey(), "{\"name\":\"mine\"}"), 404, null);
        assertProblem(call("POST", "/channels/" + id + "/test", b.apiKey(), null), 404, null);
        assertProblem(call("DELETE", "/channels/" + id, b.apiKey(), null), 404, null);
        assertProblem(get("/conversations/" + conversationId, b.apiKey()), 404, null);
        assertProblem(get("/conversations/" + conversationId + "/messages", b.apiKey()), 404, null);
        assertProblem(call("POST", "/conversations/" + conversationId + "/close", b.apiKey(), null), 404, null);
        assertProblem(call("POST", "/conversations/" + conversationId + "/take", login(b), null), 404, null);
        assertEquals(0, get("/channels", b.apiKey()).json().get("items").size());
        assertEquals(0, get("/conversations?channel=" + id, b.apiKey()).json().get("items").size());
        assertEquals(0, get("/requests?conversation=" + conversationId, b.apiKey()).json().get("items").size());
        assertEquals("A's channel", get("/channels/" + id, a.apiKey()).json().get("name").asText());
    }

    @Test
    public void theOwnerRepliesAndTheReplyIsDeliveredSigned() throws Exception {
        Workspace w = register("Channels Reply", "business");
        String url = replies.url("/erp-" + UUID.randomUUID());
        JsonNode channel = createChannel(w, "ERP", "{\"replyUrl\":\"" + url + "\"}");
        assertEquals(url, channel.at("/settings/replyUrl").asText());
        String secret = channel.get("secret").asText();
        String conversationId = inbound(channel, secret, "msg_" + UUID.randomUUID(), now(),
                "{\"from\":{\"name\":\"Meera\",\"handle\":\"@meera\"},\"text\":\"price of tape?\",\"thread\":\"t-42\"}")
                .json().get("conversationId").asText();
        String session = login(w);

        assertFalse("a channel with a reply URL can reply", get("/conversations/" + conversationId, w.apiKey()).json().has("cannotReply"));
        assertProblem(call("POST", "/conversations/" + conversationId + "/messages", session, "{\"text\":\"Hello\"}"), 409, "owner");
        assertProblem(call("POST", "/conversations/" + conversationId + "/take", w.apiKey(), null), 403, null);
        Answer taken = call("POST", "/conversations/" + conversationId + "/take", session, null);
        assertEquals(taken.body(), 200, taken.status());
        String me = get("/auth/me", session).json().get("userId").asText();
        assertEquals(me, taken.json().get("ownerId").asText());
        assertEquals(1, get("/conversations?owner=me", session).json().get("items").size());
        assertEquals(0, get("/conversations?owner=none", session).json().get("items").size());
        assertProblem(call("POST", "/conversations/" + conversationId + "/messages", session, "{\"text\":\"\"}"), 400, "text");
        assertProblem(call("POST", "/conversations/" + conversationId + "/messages", w.apiKey(), "{\"text\":\"Hi\"}"), 403, null);

        Answer queued = call("POST", "/conversations/" + conversationId + "/messages", session, "{\"text\":\"Tape is 35 INR a roll.\"}");
        assertEquals(queued.body(), 202, queued.status());
        assertEquals("queued", queued.json().get("status").asText());
        assertEquals("out", queued.json().get("direction").asText());
        String replyId = queued.json().get("id").asText();
        String path = url.substring(url.indexOf('/', 8));
        await("the reply at the integrator", () -> replies.at(path).size() == 1, 30);
        Received r = replies.at(path).get(0);
        assertTrue("signed with the channel's secret", StandardWebhooks.verify(StandardWebhooks.keyBytes(secret), r.header("webhook-id"),
                r.header("webhook-timestamp"), r.header("webhook-signature"), r.body().getBytes(StandardCharsets.UTF_8), now()));
        JsonNode sent = JSON.readTree(r.body());
        assertEquals("Tape is 35 INR a roll.", sent.get("text").asText());
        assertEquals("t-42", sent.get("thread").asText());
        assertEquals(conversationId, sent.get("conversationId").asText());
        assertEquals("@meera", sent.at("/to/handle").asText());
        await("the reply marked sent", () -> {
            for (JsonNode m : get("/conversations/" + conversationId + "/messages", w.apiKey()).json().get("items")) {
                if (m.get("id").asText().equals(replyId)) {
                    return "sent".equals(m.get("status").asText());
                }
            }
            return false;
        }, 30);
        assertNotNull(get("/channels/" + channel.get("id").asText(), w.apiKey()).json().get("lastOutboundAt").asText(null));
        assertEquals("answered", 0, get("/conversations?unanswered=true", w.apiKey()).json().get("items").size());

        // without a reply URL the channel cannot answer: said at once, naming the channel
        JsonNode mute = createChannel(w, "No replies", "{}");
        String muteConversation = inbound(mute, mute.get("secret").asText(), "msg_" + UUID.randomUUID(), now(),
                message("mute@example.com", "hi")).json().get("conversationId").asText();
        assertEquals(200, call("POST", "/conversations/" + muteConversation + "/take", session, null).status());
        assertProblem(call("POST", "/conversations/" + muteConversation + "/messages", session, "{\"text\":\"Hi\"}"), 409, "channel");
    }

    @Test
    public void aReplyRefusedForGoodFailsTheMessageAndTheChannelNeedsAttention() {
        Workspace w = register("Channels Refused", "business");
        String url = replies.url("/gone-" + UUID.randomUUID());
        replies.answer(url.substring(url.indexOf('/', 8)), 404);
        JsonNode channel = createChannel(w, "ERP", "{\"replyUrl\":\"" + url + "\"}");
        String conversationId = inbound(channel, channel.get("secret").asText(), "msg_" + UUID.randomUUID(), now(),
                message("gone@example.com", "hi")).json().get("conversationId").asText();
        String session = login(w);
        assertEquals(200, call("POST", "/conversations/" + conversationId + "/take", session, null).status());
        assertEquals(202, call("POST", "/conversations/" + conversationId + "/messages", session, "{\"text\":\"Hello\"}").status());
        await("the channel to need attention", () -> "needs_attention".equals(
                get("/channels/" + channel.get("id").asText(), w.apiKey()).json().get("status").asText()), 30);
        JsonNode out = get("/conversations/" + conversationId + "/messages", w.apiKey()).json().get("items").get(1);
        assertEquals("failed", out.get("status").asText());
        assertTrue(out.get("failure").asText(), out.get("failure").asText().contains("404"));
        assertTrue(get("/system-messages", w.apiKey()).body().contains("could not be sent"));
    }

    @Test
    public void adminsChangeChannelsAndThePlanCountsThem() {
        Workspace w = register("Channels Quota", "starter");
        for (int i = 1; i <= 3; i++) {
            createChannel(w, "Channel " + i, "{}");
        }
        Answer fourth = call("POST", "/channels", w.apiKey(), "{\"kind\":\"webhook\",\"name\":\"Channel 4\",\"settings\":{}}");
        assertProblem(fourth, 402, null);
        for (JsonNode q : get("/usage", w.apiKey()).json().get("quotas")) {
            if (q.get("metric").asText().equals("channels")) {
                assertEquals(3, q.get("used").asLong());
                assertEquals(3, q.get("limit").asLong());
            }
        }
        String id = get("/channels", w.apiKey()).json().at("/items/0/id").asText();
        assertProblem(call("POST", "/channels", w.apiKey(), "{\"kind\":\"carrier-pigeon\",\"name\":\"x\"}"), 400, "kind");
        assertProblem(call("PATCH", "/channels/" + id, w.apiKey(), "{\"settings\":{\"appSecret\":\"x\"}}"), 400, "settings.appSecret");
        String sales = call("POST", "/api-keys", w.apiKey(), "{\"name\":\"sales desk\",\"role\":\"sales\"}").json().get("key").asText();
        assertEquals(200, get("/channels/" + id, sales).status());
        assertProblem(call("PATCH", "/channels/" + id, sales, "{\"name\":\"mine\"}"), 403, null);
        assertProblem(call("DELETE", "/channels/" + id, sales, null), 403, null);
        assertEquals("Renamed", call("PATCH", "/channels/" + id, w.apiKey(), "{\"name\":\"Renamed\"}").json().get("name").asText());
        assertEquals(200, call("POST", "/channels/" + id + "/test", w.apiKey(), null).status());
        assertEquals(204, call("DELETE", "/channels/" + id, w.apiKey(), null).status());
        assertProblem(get("/channels/" + id, w.apiKey()), 404, null);
        assertEquals(201, call("POST", "/channels", w.apiKey(), "{\"kind\":\"webhook\",\"name\":\"Again\"}").status());
        String audit = get("/audit", w.apiKey()).body();
        assertTrue(audit, audit.contains("channel.created") && audit.contains("channel.deleted"));
        assertProblem(call("POST", "/channels", register("Channels Free", "free").apiKey(), "{\"kind\":\"webhook\",\"name\":\"x\"}"), 402, null);
    }

    /** A message stored while its processing cannot run is processed after the channels bundle restarted. */
    @Test
    public void workLeftPendingIsResumedAfterARestart() throws Exception {
        Workspace w = withHardwareCatalog("Channels Restart");
        JsonNode channel = createChannel(w, "ERP", "{}");
        Bundle parser = bundle("offerbridge-parser");
        Bundle channels = bundle("offerbridge-channels");
        parser.stop();
        try {
            Answer stored = inbound(channel, channel.get("secret").asText(), "msg_" + UUID.randomUUID(), now(),
                    message("restart@example.com", "Please quote 3 rolls of PVC tape"));
            assertEquals(stored.body(), 200, stored.status());
            String conversationId = stored.json().get("conversationId").asText();
            channels.stop();
            channels.start();
            parser.start();
            await("the requests endpoint", () -> get("/requests", w.apiKey()).status() == 200, 60);
            await("the request made after the restart", () -> {
                Answer a = get("/requests?conversation=" + conversationId, w.apiKey());
                return a.status() == 200 && a.json().get("items").size() == 1;
            }, 60);
        } finally {
            if (parser.getState() != Bundle.ACTIVE) {
                parser.start();
            }
            if (channels.getState() != Bundle.ACTIVE) {
                channels.start();
            }
        }
    }

    @Test
    public void tagsCustomerLinksAndTheInboxFilters() {
        Workspace w = register("Channels Inbox", "business");
        Workspace other = register("Channels Inbox Other", "business");
        JsonNode channel = createChannel(w, "ERP", "{}");
        String secret = channel.get("secret").asText();
        // handles only: intake links a customer by email or phone, and these links are the test's to make
        String first = inbound(channel, secret, "msg_" + UUID.randomUUID(), now(), "{\"from\":{\"handle\":\"@one\"},\"text\":\"hi\"}")
                .json().get("conversationId").asText();
        String second = inbound(channel, secret, "msg_" + UUID.randomUUID(), now(), "{\"from\":{\"handle\":\"@two\"},\"text\":\"hello\"}")
                .json().get("conversationId").asText();

        Answer tagged = call("PUT", "/conversations/" + first + "/tags", w.apiKey(), "[\"vip\", \" vip \", \"needs_call\"]");
        assertEquals(tagged.body(), 200, tagged.status());
        assertEquals("[\"vip\",\"needs_call\"]", tagged.json().get("tags").toString());
        assertEquals(1, get("/conversations?tag=vip", w.apiKey()).json().get("items").size());
        assertEquals(0, get("/conversations?tag=vi", w.apiKey()).json().get("items").size());
        assertEquals(1, get("/conversations?tag=needs_call", w.apiKey()).json().get("items").size());
        assertEquals(0, get("/conversations?tag=needs%25call", w.apiKey()).json().get("items").size());
        assertProblem(call("PUT", "/conversations/" + first + "/tags", w.apiKey(), "[\"a,b\"]"), 400, "tags[0]");
        assertProblem(call("PUT", "/conversations/" + first + "/tags", other.apiKey(), "[\"mine\"]"), 404, null);

        String customer = call("POST", "/customers", w.apiKey(), "{\"name\":\"Ravi Sharma\"}").json().get("id").asText();
        String othersCustomer = call("POST", "/customers", other.apiKey(), "{\"name\":\"Someone\"}").json().get("id").asText();
        assertProblem(call("PUT", "/conversations/" + second + "/customer", w.apiKey(), "{\"customerId\":\"" + othersCustomer + "\"}"),
                400, "customerId");
        assertProblem(call("PUT", "/conversations/" + second + "/customer", other.apiKey(), "{\"customerId\":\"" + othersCustomer + "\"}"),
                404, null);
        Answer linked = call("PUT", "/conversations/" + second + "/customer", w.apiKey(), "{\"customerId\":\"" + customer + "\"}");
        assertEquals(linked.body(), 200, linked.status());
        assertEquals(customer, linked.json().get("customerId").asText());
        JsonNode onlyLinked = get("/conversations?linked=true", w.apiKey()).json().get("items");
        assertEquals(1, onlyLinked.size());
        assertEquals(second, onlyLinked.get(0).get("id").asText());
        assertEquals(1, get("/conversations?linked=false", w.apiKey()).json().get("items").size());
        assertEquals(200, call("DELETE", "/conversations/" + second + "/customer", w.apiKey(), null).status());
        assertEquals(2, get("/conversations?linked=false", w.apiKey()).json().get("items").size());

        assertEquals(2, get("/conversations?unanswered=true", w.apiKey()).json().get("items").size());
        assertEquals(0, get("/conversations?unanswered=false", w.apiKey()).json().get("items").size());
        assertProblem(get("/conversations?unanswered=maybe", w.apiKey()), 400, "unanswered");
        JsonNode page = get("/conversations?limit=1", w.apiKey()).json();
        JsonNode next = get("/conversations?limit=1&cursor=" + page.get("nextCursor").asText(), w.apiKey()).json();
        assertEquals(java.util.Set.of(first, second), java.util.Set.of(page.at("/items/0/id").asText(), next.at("/items/0/id").asText()));
        assertFalse(next.hasNonNull("nextCursor"));
    }

    /**
     * A provider account (here: a fake kind's bot) connects in one workspace only, and the SPI is driven end to end: a
     * provider that refuses the credentials gives needs_attention with the reason, the handshake GET is the kind's,
     * a status update moves our reply forward only.
     */
    @Test
    public void aProviderAccountConnectsInOneWorkspaceOnlyAndKindsAreDrivenThroughTheSpi() throws Exception {
        ServiceRegistration<ChannelKind> registration = bundleContext.registerService(ChannelKind.class, new FakeBotKind(), null);
        try {
            Workspace a = register("Channels Bot A", "business");
            Workspace b = register("Channels Bot B", "business");
            // the kind is there once it, not the kind rule, refuses a channel without its token
            await("the fake kind", () -> "settings.botToken".equals(call("POST", "/channels", a.apiKey(),
                    "{\"kind\":\"telegram\",\"name\":\"x\",\"settings\":{}}").json().path("field").asText()), 30);
            Answer created = call("POST", "/channels", a.apiKey(), "{\"kind\":\"telegram\",\"name\":\"Bot\",\"settings\":{\"botToken\":\"4711:secret\"}}");
            assertEquals(created.body(), 201, created.status());
            JsonNode channel = created.json();
            assertEquals("connected", channel.get("status").asText());
            assertFalse("secrets are never shown", created.body().contains("4711:secret"));
            Answer taken = call("POST", "/channels", b.apiKey(), "{\"kind\":\"telegram\",\"name\":\"Mine\",\"settings\":{\"botToken\":\"4711:other\"}}");
            assertProblem(taken, 409, null);
            assertEquals("channel-account-taken", taken.json().get("type").asText().replaceAll(".*/", ""));
            assertFalse(taken.body().contains(a.tenantId()));
            assertFalse(taken.body().contains("Channels Bot A"));
            Answer refused = call("POST", "/channels", b.apiKey(), "{\"kind\":\"telegram\",\"name\":\"Bad\",\"settings\":{\"botToken\":\"99:bad\"}}");
            assertEquals(refused.body(), 201, refused.status());
            assertEquals("needs_attention", refused.json().get("status").asText());
            assertEquals("The bot token was refused", refused.json().get("statusReason").asText());

            String token = token(channel);
            assertEquals("42", get("/channels/inbound/" + token + "?challenge=42", null).body());
            assertEquals(403, get("/channels/inbound/" + token + "?challenge=42&wrong=1", null).status());
            Map<String, String> secret = Map.of("x-bot-secret", "s3cret");
            String update = "{\"update_id\":1,\"chat\":\"77\",\"text\":\"2 rolls of PVC tape\"}";
            assertEquals(401, send("POST", "/channels/inbound/" + token, null, "application/json", update.getBytes(StandardCharsets.UTF_8),
                    Map.of()).status());
            Answer in = send("POST", "/channels/inbound/" + token, null, "application/json", update.getBytes(StandardCharsets.UTF_8), secret);
            assertEquals(in.body(), 200, in.status());
            String conversationId = in.json().get("conversationId").asText();
            String session = login(a);
            assertEquals(200, call("POST", "/conversations/" + conversationId + "/take", session, null).status());
            String replyId = call("POST", "/conversations/" + conversationId + "/messages", session, "{\"text\":\"35 INR a roll\"}").json()
                    .get("id").asText();
            await("the reply sent", () -> "sent".equals(status(a, conversationId, replyId)), 30);
            for (String state : new String[] {"read", "delivered"}) {
                String statusUpdate = "{\"status\":{\"id\":\"tg-" + replyId + "\",\"state\":\"" + state + "\"}}";
                assertEquals(200, send("POST", "/channels/inbound/" + token, null, "application/json",
                        statusUpdate.getBytes(StandardCharsets.UTF_8), secret).status());
            }
            assertEquals("a late delivered never overwrites read", "read", status(a, conversationId, replyId));

            assertEquals(204, call("DELETE", "/channels/" + channel.get("id").asText(), a.apiKey(), null).status());
            assertEquals("the account is free again", 201,
                    call("POST", "/channels", b.apiKey(), "{\"kind\":\"telegram\",\"name\":\"Mine\",\"settings\":{\"botToken\":\"4711:other\"}}").status());
            String list = shell("offerbridge:channel-list " + b.tenantId());
            assertTrue(list, list.contains("Mine") && list.contains("needs_attention") && !list.contains("4711:other"));
            String id = get("/channels", b.apiKey()).json().at("/items/0/id").asText();
            String status = shell("offerbridge:channel-status " + id);
            assertTrue(status, status.contains("The bot token was refused"));
        } finally {
            registration.unregister();
        }
    }

    /**
     * A conversation names its channel however many channels the workspace has: the labels were read from a list of
     * at most 500 channels, so a conversation on the 501st had an empty name and kind.
     */
    @Test
    public void aConversationNamesItsChannelPastFiveHundredChannels() throws Exception {
        Workspace w = register("Channels Many", "business");
        shell("offerbridge:plan-set " + w.tenantId() + " enterprise"); // no channel quota; assigned by the operator
        assertEquals("enterprise", get("/auth/me", w.apiKey()).json().get("plan").asText());
        Workspace other = register("Channels Many Other", "business");
        JsonNode last = null;
        for (int i = 1; i <= 501; i++) {
            last = createChannel(w, "Line " + i, "{}");
        }
        Answer in = inbound(last, last.get("secret").asText(), "msg_" + UUID.randomUUID(), now(), message("many@example.com", "hello"));
        assertEquals(in.body(), 200, in.status());
        String conversationId = in.json().get("conversationId").asText();

        JsonNode listed = get("/conversations", w.apiKey()).json().at("/items/0");
        assertEquals(conversationId, listed.get("id").asText());
        assertEquals(last.get("id").asText(), listed.at("/channel/id").asText());
        assertEquals("Line 501", listed.at("/channel/name").asText());
        assertEquals("webhook", listed.at("/channel/kind").asText());
        JsonNode one = get("/conversations/" + conversationId, w.apiKey()).json();
        assertEquals("Line 501", one.at("/channel/name").asText());
        assertEquals("webhook", one.at("/channel/kind").asText());
        assertEquals(404, get("/conversations/" + conversationId, other.apiKey()).status());
        assertEquals(0, get("/conversations", other.apiKey()).json().get("items").size());
    }

    /**
     * A follow-up while the conversation's request is not confirmed joins that request and the whole exchange is parsed
     * again; small talk in a new conversation makes no request, though the message is kept for staff.
     */
    @Test
    public void aFollowUpJoinsTheOpenRequestAndSmallTalkMakesNone() {
        Workspace w = withHardwareCatalog("Channels Follow-up");
        JsonNode channel = createChannel(w, "ERP", "{}");
        String secret = channel.get("secret").asText();
        String thread = "{\"from\":{\"name\":\"Anna Weber\",\"email\":\"anna@weber.example\"},\"thread\":\"t-" + UUID.randomUUID() + "\",\"text\":\"";
        Answer first = inbound(channel, secret, "msg_" + UUID.randomUUID(), now(), thread + "Please quote 12 M8 hex bolts 40mm\"}");
        assertEquals(first.body(), 200, first.status());
        String conversationId = first.json().get("conversationId").asText();
        JsonNode[] requests = new JsonNode[1];
        await("the first request", () -> {
            requests[0] = get("/requests?conversation=" + conversationId, w.apiKey()).json().get("items");
            return requests[0].size() == 1 && "proposed".equals(requests[0].get(0).get("status").asText());
        }, 30);
        String requestId = requests[0].get(0).get("id").asText();

        Answer followUp = inbound(channel, secret, "msg_" + UUID.randomUUID(), now(), thread + "and 2 rolls of PVC tape as well\"}");
        assertEquals(followUp.body(), 200, followUp.status());
        assertEquals(conversationId, followUp.json().get("conversationId").asText());
        await("the follow-up parsed into the same request", () -> {
            JsonNode r = get("/requests/" + requestId, w.apiKey()).json();
            return r.get("proposal").toString().contains("TAPE-PVC");
        }, 30);
        JsonNode request = get("/requests/" + requestId, w.apiKey()).json();
        assertTrue(request.get("proposal").toString(), request.get("proposal").toString().contains("HB-M8-40"));
        assertTrue(request.get("text").asText(), request.get("text").asText().contains("PVC tape"));
        assertEquals(1, get("/requests?conversation=" + conversationId, w.apiKey()).json().get("items").size());

        Answer thanks = inbound(channel, secret, "msg_" + UUID.randomUUID(), now(),
                message("someone.else@example.com", "Thanks a lot, have a nice day!"));
        assertEquals(thanks.body(), 200, thanks.status());
        String smallTalk = thanks.json().get("conversationId").asText();
        String channelId = channel.get("id").asText();
        await("the small talk processed", () -> {
            try {
                return shell("offerbridge:channel-status " + channelId).contains("Pending work   0 item(s)");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, 30);
        assertEquals(1, get("/conversations/" + smallTalk + "/messages", w.apiKey()).json().get("items").size());
        assertEquals(0, get("/requests?conversation=" + smallTalk, w.apiKey()).json().get("items").size());
    }

    /**
     * A node that stops after the parser stored the request and before the work item was recorded done runs the item
     * again: the second run finds the request the first one made instead of making another. Stand-in for the stop: a
     * RequestInbox ranked above the parser's that lets the first intake through and then fails, as a crash would.
     */
    @Test
    public void aWorkItemRunAgainAfterItsRequestWasMadeMakesNoSecondRequest() throws Exception {
        org.osgi.framework.ServiceReference<org.offerbridge.parser.api.RequestInbox> real =
                bundleContext.getServiceReference(org.offerbridge.parser.api.RequestInbox.class);
        assertNotNull(real);
        java.util.concurrent.atomic.AtomicInteger received = new java.util.concurrent.atomic.AtomicInteger();
        String marker = "order " + UUID.randomUUID();
        org.offerbridge.parser.api.RequestInbox delegate = bundleContext.getService(real);
        org.offerbridge.parser.api.RequestInbox crashing = (org.offerbridge.parser.api.RequestInbox) java.lang.reflect.Proxy.newProxyInstance(
                org.offerbridge.parser.api.RequestInbox.class.getClassLoader(), new Class<?>[] {org.offerbridge.parser.api.RequestInbox.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(delegate, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if ("intake".equals(method.getName()) && ((org.offerbridge.parser.api.RequestInbox.Inbound) args[0]).text().contains(marker)
                            && received.incrementAndGet() == 1) {
                        throw new IllegalStateException("the node stops after the request was stored");
                    }
                    return result;
                });
        ServiceRegistration<org.offerbridge.parser.api.RequestInbox> registration = bundleContext.registerService(
                org.offerbridge.parser.api.RequestInbox.class, crashing,
                new java.util.Hashtable<>(Map.of(org.osgi.framework.Constants.SERVICE_RANKING, Integer.MAX_VALUE)));
        try {
            Workspace w = withHardwareCatalog("Channels Crash");
            JsonNode channel = createChannel(w, "ERP", "{}");
            Answer in = inbound(channel, channel.get("secret").asText(), "msg_" + UUID.randomUUID(), now(),
                    message("crash@example.com", "Please quote 12 M8 hex bolts 40mm, " + marker));
            assertEquals(in.body(), 200, in.status());
            String conversationId = in.json().get("conversationId").asText();
            // the customer link is made after the item is recorded done, by the run that finished
            await("the work item done", () -> get("/conversations/" + conversationId, w.apiKey()).json().hasNonNull("customerId"), 60);

            assertEquals("the first run made a request and stopped, the second found it", 2, received.get());
            JsonNode requests = get("/requests?conversation=" + conversationId, w.apiKey()).json().get("items");
            assertEquals(requests.toString(), 1, requests.size());
            assertEquals("proposed", requests.get(0).get("status").asText());
        } finally {
            registration.unregister();
            bundleContext.ungetService(real);
        }
    }

    private String status(Workspace w, String conversationId, String messageId) {
        for (JsonNode m : get("/conversations/" + conversationId + "/messages", w.apiKey()).json().get("items")) {
            if (m.get("id").asText().equals(messageId)) {
                return m.get("status").asText();
            }
        }
        return null;
    }

    private String shell(String command) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessions.create(new java.io.ByteArrayInputStream(new byte[0]), out, out);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A stand-in provider kind: secret botToken whose part before ':' is the account, a header secret, JSON updates. */
    static final class FakeBotKind implements ChannelKind {
        @Override
        public String id() {
            return "telegram";
        }

        @Override
        public PreparedSettings settings(Map<String, Object> given, ChannelSettings current) {
            Object token = given.get("botToken");
            if (token == null && current.secret("botToken") == null) {
                throw org.offerbridge.platform.api.fields.FieldRules.invalid("settings.botToken", "botToken is required", "field.required",
                        "settings.botToken");
            }
            return new PreparedSettings(Map.of(), Map.of("botToken", token == null ? current.secret("botToken") : token.toString()), Map.of());
        }

        @Override
        public String accountKey(ChannelSettings settings) {
            return settings.secret("botToken").split(":")[0];
        }

        @Override
        public Connection connect(ChannelSettings settings, java.net.URI inboundUrl) {
            return settings.secret("botToken").endsWith(":bad") ? Connection.needsAttention("The bot token was refused") : Connection.ok();
        }

        @Override
        public java.util.Optional<HandshakeAnswer> handshake(InboundCall call, ChannelSettings settings) {
            String challenge = call.queryParam("challenge");
            if (challenge == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(call.queryParam("wrong") == null ? new HandshakeAnswer(200, "text/plain", challenge)
                    : new HandshakeAnswer(403, "text/plain", "no"));
        }

        @Override
        public boolean verify(InboundCall call, ChannelSettings settings) {
            return "s3cret".equals(call.header("X-Bot-Secret"));
        }

        @Override
        public InboundBatch parse(InboundCall call, ChannelSettings settings) {
            try {
                JsonNode n = JSON.readTree(call.body());
                if (n.has("status")) {
                    return new InboundBatch(List.of(), List.of(new InboundBatch.StatusUpdate(n.at("/status/id").asText(),
                            n.at("/status/state").asText(), null, call.receivedAt())));
                }
                return new InboundBatch(List.of(new InboundBatch.InboundMessage("update:" + n.get("update_id").asText(), "chat:" + n.get("chat").asText(),
                        new Contact(null, n.get("chat").asText(), null, null), n.get("text").asText(), List.of(), call.receivedAt(), false)),
                        List.of());
            } catch (IOException e) {
                throw new IllegalArgumentException(e);
            }
        }

        @Override
        public SendOutcome send(OutboundMessage message, ChannelSettings settings) {
            return SendOutcome.sent("tg-" + message.messageId());
        }
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    record Received(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    /** An integrator's reply endpoint on loopback: records every call, answers 200 or what a test asked for. */
    static final class ReplyServer {
        private final Map<String, List<Received>> received = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Integer> answers = new java.util.concurrent.ConcurrentHashMap<>();
        private final HttpServer server;

        ReplyServer() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                received.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
                byte[] out = "ok".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(answers.getOrDefault(path, 200), out.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            });
            server.start();
        }

        void answer(String path, int status) {
            answers.put(path, status);
        }

        List<Received> at(String path) {
            return received.getOrDefault(path, List.of());
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }
    }
}
