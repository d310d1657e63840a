package org.offerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The email channel kind on the real distribution against a real IMAP and SMTP server (GreenMail, started inside the
 * container as QuoteEmailIT does): a mail in the shop's mailbox becomes a conversation and a request, once even when
 * it is there twice; a staff reply arrives in the customer's mailbox with our Message-ID, In-Reply-To and References;
 * the customer's answer from another address with a changed subject joins the same conversation by In-Reply-To; a
 * wrong password needs attention without showing it; another workspace gets 404; the same mailbox twice 409. A channel
 * without its own SMTP says so until the workspace's SMTP settings exist, then replies through them with a reply token
 * in its Reply-To: an answer that kept no thread headers threads by the token, a forged token does not; the text
 * handed to the parser leaves out the quoted earlier mail.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EmailChannelIT extends OfferbridgeTestSupport {
    private static GreenMail mail;

    @Configuration
    public Option[] config() {
        return baseOptions(
                mavenBundle("com.icegreen", "greenmail", System.getProperty("greenmail.version")),
                editConfigurationFilePut("etc/org.offerbridge.platform.outbound.cfg", "allowedPrivateHosts", "127.0.0.1"),
                editConfigurationFilePut("etc/org.offerbridge.channels.cfg", "pollIntervalMillis", "200"),
                editConfigurationFilePut("etc/org.offerbridge.channels.cfg", "backoffMillis", "200"),
                editConfigurationFilePut("etc/org.offerbridge.channels.email.cfg", "pollSeconds", "1"));
    }

    @Before
    public void ready() throws IOException {
        awaitApi();
        await("the channels endpoints", () -> get("/channels", register("Probe", "business").apiKey()).status() == 200, 90);
        // lives as long as the container: Pax Exam runs each method as its own JUnit run inside it
        if (mail == null) {
            mail = new GreenMail(new ServerSetup[] {new ServerSetup(freeLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
                new ServerSetup(freeLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)});
            mail.start();
        }
    }

    private static int freeLocalPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A fresh shop mailbox on GreenMail: its login is returned; its address is {@code <login>@shop.example}. */
    private static String mailbox(String password) {
        String login = "sales" + UUID.randomUUID().toString().substring(0, 8);
        mail.setUser(login + "@shop.example", login, password);
        return login;
    }

    private static String settings(String login, String password) {
        return "{\"imapHost\":\"127.0.0.1\",\"imapPort\":" + mail.getImap().getPort() + ",\"imapSecurity\":\"none\",\"username\":\"" + login
                + "\",\"password\":\"" + password + "\",\"folder\":\"INBOX\",\"smtpHost\":\"127.0.0.1\",\"smtpPort\":" + mail.getSmtp().getPort()
                + ",\"smtpSecurity\":\"none\",\"fromAddress\":\"" + login + "@shop.example\"}";
    }

    private Answer createChannel(Workspace w, String settings) {
        return call("POST", "/channels", w.apiKey(), "{\"kind\":\"email\",\"name\":\"Sales mailbox\",\"settings\":" + settings + "}");
    }

    private static MimeMessage customerMail(String messageId, String from, String to, String subject, String text) throws MessagingException {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress(from));
        m.setRecipient(RecipientType.TO, new InternetAddress(to));
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        m.saveChanges();
        return m;
    }

    private static void deliver(String login, MimeMessage m) {
        mail.getUserManager().getUser(login).deliver(m);
    }

    private String login(Workspace w) {
        Answer r = call("POST", "/auth/login", null, "{\"email\":\"" + w.email() + "\",\"password\":\"" + w.password() + "\"}");
        assertEquals(r.body(), 200, r.status());
        return r.json().get("token").asText();
    }

    private JsonNode conversations(Workspace w) {
        return get("/conversations", w.apiKey()).json().get("items");
    }

    private JsonNode messages(Workspace w, String conversationId) {
        return get("/conversations/" + conversationId + "/messages", w.apiKey()).json().get("items");
    }

    private static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(RecipientType.TO) != null
                        && Arrays.stream(m.getRecipients(RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    @Test
    public void aMailBecomesOneConversationAndRequestAndTheReplyKeepsTheThread() throws Exception {
        Workspace w = withHardwareCatalog("Email Inbound");
        String login = mailbox("pw-" + UUID.randomUUID());
        String password = mail.getUserManager().getUser(login).getPassword();
        Answer created = createChannel(w, settings(login, password));
        assertEquals(created.body(), 201, created.status());
        JsonNode channel = created.json();
        assertEquals(created.body(), "connected", channel.get("status").asText());
        assertFalse("the password is never shown", created.body().contains(password));
        String channelId = channel.get("id").asText();

        String customer = "ravi@sharma-traders.example";
        String firstId = "<c1." + UUID.randomUUID() + "@sharma-traders.example>";
        MimeMessage first = customerMail(firstId, "Ravi Sharma <" + customer + ">", login + "@shop.example", "Quote for bolts",
                "Please quote 12 M8 hex bolts 40mm and 2 rolls of PVC tape");
        deliver(login, first);
        deliver(login, first); // the same mail twice in the mailbox: stored once

        await("the conversation", () -> conversations(w).size() == 1, 30);
        JsonNode c = conversations(w).get(0);
        String conversationId = c.get("id").asText();
        assertEquals("email", c.at("/channel/kind").asText());
        assertEquals(channelId, c.at("/channel/id").asText());
        assertEquals(customer, c.at("/contact/email").asText());
        assertEquals("Ravi Sharma", c.at("/contact/name").asText());
        await("the intake request", () -> get("/requests?conversation=" + conversationId, w.apiKey()).json().get("items").size() == 1, 30);
        // several reads later the duplicate has still not been stored
        Thread.sleep(2500);
        assertEquals(1, messages(w, conversationId).size());
        assertEquals("Please quote 12 M8 hex bolts 40mm and 2 rolls of PVC tape", messages(w, conversationId).get(0).get("text").asText());

        // staff take the conversation and answer: it arrives at the customer threaded under the first mail
        String session = login(w);
        assertEquals(200, call("POST", "/conversations/" + conversationId + "/take", session, null).status());
        Answer queued = call("POST", "/conversations/" + conversationId + "/messages", session, "{\"text\":\"12 bolts are 54 INR.\"}");
        assertEquals(queued.body(), 202, queued.status());
        await("the reply at the customer", () -> receivedBy(customer).size() == 1, 30);
        MimeMessage reply = receivedBy(customer).get(0);
        String ours = reply.getMessageID();
        assertTrue(ours, ours.startsWith("<ob.") && ours.endsWith("@shop.example>"));
        assertEquals(firstId, reply.getHeader("In-Reply-To", null));
        assertTrue(reply.getHeader("References", null), reply.getHeader("References", null).contains(firstId));
        assertEquals("Re: Quote for bolts", reply.getSubject());
        assertEquals(login + "@shop.example", ((InternetAddress) reply.getFrom()[0]).getAddress());
        // the raw decoded body: the DataHandler would need the mail implementation as context class loader here
        assertTrue(new String(reply.getInputStream().readAllBytes(), StandardCharsets.UTF_8).contains("12 bolts are 54 INR."));
        await("the reply marked sent", () -> messages(w, conversationId).findValuesAsText("status").contains("sent"), 30);

        // the customer answers from Outlook on a colleague's address with a changed subject: In-Reply-To keeps the thread
        MimeMessage answer = customerMail("<c2." + UUID.randomUUID() + "@sharma-traders.example>", "Purchase <purchase@sharma-traders.example>",
                login + "@shop.example", "AW: new order - please also add washers", "Also 100 M8 washers please");
        answer.setHeader("In-Reply-To", ours);
        answer.saveChanges();
        deliver(login, answer);
        await("the answer in the same conversation", () -> messages(w, conversationId).size() == 3, 30);
        assertEquals(1, conversations(w).size());
    }

    @Test
    public void withoutItsOwnSmtpTheWorkspacesRepliesAndAnswersThreadByTheirToken() throws Exception {
        Workspace w = withHardwareCatalog("Email Workspace SMTP");
        String login = mailbox("pw-" + UUID.randomUUID());
        String password = mail.getUserManager().getUser(login).getPassword();
        String settings = "{\"imapHost\":\"127.0.0.1\",\"imapPort\":" + mail.getImap().getPort() + ",\"imapSecurity\":\"none\",\"username\":\""
                + login + "\",\"password\":\"" + password + "\",\"fromAddress\":\"" + login + "@shop.example\",\"replyTokens\":true}";
        Answer created = createChannel(w, settings);
        assertEquals(created.body(), 201, created.status());
        assertEquals(created.body(), "needs_attention", created.json().get("status").asText());
        assertTrue(created.body(), created.json().get("statusReason").asText()
                .contains("no SMTP server of its own and the workspace has no email settings"));
        String channelId = created.json().get("id").asText();

        // another workspace's SMTP settings are not this one's
        Workspace other = register("Email Other SMTP", "business");
        assertEquals(200, call("PUT", "/settings/email", other.apiKey(), workspaceSmtp("other@elsewhere.example")).status());
        Answer stillNone = call("POST", "/channels/" + channelId + "/test", w.apiKey(), null);
        assertEquals(stillNone.body(), "needs_attention", stillNone.json().get("status").asText());

        Answer smtp = call("PUT", "/settings/email", w.apiKey(), workspaceSmtp("quotes@shop.example"));
        assertEquals(smtp.body(), 200, smtp.status());
        Answer tested = call("POST", "/channels/" + channelId + "/test", w.apiKey(), null);
        assertEquals(tested.body(), 200, tested.status());
        assertEquals(tested.body(), "connected", tested.json().get("status").asText());

        // a customer's mail that quotes an earlier one: the parser reads only what is new
        String customer = "anita@kumar-electric.example";
        deliver(login, customerMail("<k1." + UUID.randomUUID() + "@kumar-electric.example>", "Anita Kumar <" + customer + ">",
                login + "@shop.example", "Tape", "Please quote 10 rolls of PVC tape\n\nOn Mon, 7 Dec 2026 at 09:00, Shop Sales <" + login
                        + "@shop.example> wrote:\n> We have 12 M8 hex bolts 40mm in stock.\n"));
        await("the conversation", () -> conversations(w).size() == 1, 30);
        String conversationId = conversations(w).get(0).get("id").asText();
        await("the intake request", () -> get("/requests?conversation=" + conversationId, w.apiKey()).json().get("items").size() == 1, 30);
        JsonNode request = get("/requests?conversation=" + conversationId, w.apiKey()).json().get("items").get(0);
        assertEquals(request.toString(), "Please quote 10 rolls of PVC tape", request.get("text").asText());
        // staff see the whole mail, quote included
        String shown = messages(w, conversationId).get(0).get("text").asText();
        assertTrue(shown, shown.startsWith("Please quote 10 rolls of PVC tape") && shown.contains("> We have 12 M8 hex bolts 40mm in stock."));

        // the reply goes out through the workspace's server, answers asked to the channel's mailbox with a token
        String session = login(w);
        assertEquals(200, call("POST", "/conversations/" + conversationId + "/take", session, null).status());
        Answer queued = call("POST", "/conversations/" + conversationId + "/messages", session, "{\"text\":\"10 rolls are 350 INR.\"}");
        assertEquals(queued.body(), 202, queued.status());
        await("the reply at the customer", () -> receivedBy(customer).size() == 1, 30);
        MimeMessage reply = receivedBy(customer).get(0);
        assertEquals("quotes@shop.example", ((InternetAddress) reply.getFrom()[0]).getAddress());
        assertEquals("Shop Sales", ((InternetAddress) reply.getFrom()[0]).getPersonal());
        String replyTo = ((InternetAddress) reply.getReplyTo()[0]).getAddress();
        assertTrue(replyTo, replyTo.matches(java.util.regex.Pattern.quote(login) + "\\+c-[0-9a-f]{32}@shop\\.example"));
        String token = replyTo.substring(replyTo.indexOf("+c-") + 3, replyTo.indexOf('@'));
        assertEquals("<ob." + token + "@shop.example>", reply.getMessageID());
        assertFalse("no ids in the token", token.contains(conversationId) || replyTo.contains(w.tenantId()));
        await("the reply marked sent", () -> messages(w, conversationId).findValuesAsText("status").contains("sent"), 30);

        // a colleague answers from a client that dropped In-Reply-To and References: the token threads it
        deliver(login, customerMail("<k2." + UUID.randomUUID() + "@kumar-electric.example>", "Stores <stores@kumar-electric.example>", replyTo,
                "new order", "Also 5 rolls of PVC tape"));
        await("the answer in the same conversation", () -> messages(w, conversationId).size() == 3, 30);
        assertEquals(1, conversations(w).size());

        // a made-up token threads nothing: a conversation of its own
        String forged = token.substring(0, 20) + (token.endsWith("000000000000") ? "111111111111" : "000000000000");
        deliver(login, customerMail("<m1." + UUID.randomUUID() + "@evil.example>", "mallory@evil.example", login + "+c-" + forged + "@shop.example",
                "order", "Need 3 rolls of PVC tape"));
        await("the forged one apart", () -> conversations(w).size() == 2, 30);
        assertEquals(3, messages(w, conversationId).size());
    }

    private static String workspaceSmtp(String from) {
        return "{\"host\":\"127.0.0.1\",\"port\":" + mail.getSmtp().getPort() + ",\"security\":\"none\",\"fromAddress\":\"" + from
                + "\",\"fromName\":\"Shop Sales\"}";
    }

    @Test
    public void aWrongPasswordNeedsAttentionAndNeverShowsIt() {
        Workspace w = register("Email Wrong Password", "business");
        String login = mailbox("right-" + UUID.randomUUID());
        String wrong = "wrong-" + UUID.randomUUID();
        Answer created = createChannel(w, settings(login, wrong));
        assertEquals(created.body(), 201, created.status());
        assertEquals(created.body(), "needs_attention", created.json().get("status").asText());
        String reason = created.json().get("statusReason").asText();
        assertTrue(reason, reason.contains("login"));
        assertFalse(reason.contains(wrong));
        String id = created.json().get("id").asText();
        assertFalse(get("/channels/" + id, w.apiKey()).body().contains(wrong));
        // a test after the fix connects
        String right = mail.getUserManager().getUser(login).getPassword();
        Answer fixed = call("PATCH", "/channels/" + id, w.apiKey(), "{\"settings\":{\"password\":\"" + right + "\"}}");
        assertEquals(fixed.body(), 200, fixed.status());
        await("connected after the fix", () -> "connected".equals(get("/channels/" + id, w.apiKey()).json().get("status").asText()), 30);
    }

    @Test
    public void otherWorkspacesSeeNothingAndCannotConnectTheSameMailbox() throws Exception {
        Workspace a = register("Email Owner", "business");
        Workspace b = register("Email Other", "business");
        String login = mailbox("pw-" + UUID.randomUUID());
        String password = mail.getUserManager().getUser(login).getPassword();
        Answer created = createChannel(a, settings(login, password));
        assertEquals(created.body(), 201, created.status());
        String id = created.json().get("id").asText();

        Answer taken = createChannel(b, settings(login, password));
        assertProblem(taken, 409, null);
        assertFalse(taken.body().contains(a.tenantId()));
        assertProblem(get("/channels/" + id, b.apiKey()), 404, null);
        assertProblem(call("DELETE", "/channels/" + id, b.apiKey(), null), 404, null);

        deliver(login, customerMail("<x." + UUID.randomUUID() + "@example.com>", "meera@example.com", login + "@shop.example", "tape",
                "Need 10 rolls of PVC tape"));
        await("A's conversation", () -> conversations(a).size() == 1, 30);
        String conversationId = conversations(a).get(0).get("id").asText();
        assertProblem(get("/conversations/" + conversationId, b.apiKey()), 404, null);
        assertProblem(get("/conversations/" + conversationId + "/messages", b.apiKey()), 404, null);
        assertEquals(0, conversations(b).size());

        // an email channel's inbound URL takes nothing: its inbound is the mailbox
        String url = created.json().get("inboundUrl").asText();
        Answer posted = send("POST", "/channels/inbound/" + url.substring(url.lastIndexOf('/') + 1), null, "application/json",
                "{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8), java.util.Map.of());
        assertEquals(posted.body(), 401, posted.status());
        assertEquals(1, messages(a, conversationId).size());
    }
}
