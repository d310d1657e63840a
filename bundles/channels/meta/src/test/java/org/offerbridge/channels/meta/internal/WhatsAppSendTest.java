package org.offerbridge.channels.meta.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.offerbridge.channels.api.Conversation.Contact;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.OutboundFile;
import org.offerbridge.channels.spi.OutboundMessage;
import org.offerbridge.channels.spi.PreparedSettings;
import org.offerbridge.channels.spi.SendOutcome;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/** Documents, templates with parameters and per-contact failures on the WhatsApp send side. */
class WhatsAppSendTest {
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final byte[] PDF = "%PDF-1.4 quote".getBytes(StandardCharsets.US_ASCII);
    private final FakeGraph graph;
    private final WhatsAppKind kind;

    WhatsAppSendTest() throws IOException {
        graph = new FakeGraph();
        kind = new WhatsAppKind(graph.client(), graph.base(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    private ChannelSettings settings(boolean template) {
        Map<String, Object> m = new HashMap<>();
        m.put("phoneNumberId", "106540352242922");
        m.put("accessToken", "EAAtoken");
        m.put("appSecret", "app-secret");
        m.put("verifyToken", "verify-me");
        if (template) {
            m.put("templateName", "quote_ready");
            m.put("templateLanguage", "en_US");
        }
        PreparedSettings p = kind.settings(m, ChannelSettings.NONE);
        return new ChannelSettings("c1", p.values(), p.secrets());
    }

    private static OutboundMessage quote(String text, Instant lastInbound, List<OutboundFile> files) {
        return new OutboundMessage("m1", "conv1", "16505551234", new Contact("Sheena", "16505551234", "+16505551234", null), text,
                lastInbound, List.of(), null, files, List.of("Sheena", "Q-2026-0007", "https://ob.example/q/abc"));
    }

    @Test
    void aFileIsUploadedThenSentAsADocumentWithTheTextAsCaption() throws Exception {
        graph.answer(200, "{\"id\":\"MEDIA-1\",\"messages\":[{\"id\":\"wamid.DOC\"}]}");
        SendOutcome out = kind.send(quote("Your quote Q-2026-0007: https://ob.example/q/abc", NOW.minus(Duration.ofHours(1)),
                List.of(new OutboundFile("Q-2026-0007.pdf", "application/pdf", PDF))), settings(false));
        assertEquals(SendOutcome.sent("wamid.DOC"), out);
        assertEquals(2, graph.calls.size());
        FakeGraph.Call upload = graph.calls.get(0);
        assertEquals("/v25.0/106540352242922/media", upload.pathAndQuery());
        assertEquals("Bearer EAAtoken", upload.authorization());
        assertTrue(upload.contentType().startsWith("multipart/form-data; boundary="), upload.contentType());
        MimeMultipart form = new MimeMultipart(new ByteArrayDataSource(upload.body().getBytes(StandardCharsets.ISO_8859_1),
                upload.contentType()));
        assertEquals(3, form.getCount());
        assertEquals("form-data; name=messaging_product", form.getBodyPart(0).getHeader("Content-Disposition")[0]);
        assertEquals("whatsapp", text(form.getBodyPart(0)));
        assertEquals("form-data; name=type", form.getBodyPart(1).getHeader("Content-Disposition")[0]);
        assertEquals("application/pdf", text(form.getBodyPart(1)));
        BodyPart file = form.getBodyPart(2);
        assertEquals("form-data; name=file; filename=Q-2026-0007.pdf", file.getHeader("Content-Disposition")[0]);
        assertEquals("application/pdf", file.getHeader("Content-Type")[0]);
        assertNull(file.getHeader("Content-Transfer-Encoding"), "HTTP form parts carry their bytes as they are");
        assertArrayEquals(PDF, file.getInputStream().readAllBytes());

        FakeGraph.Call send = graph.calls.get(1);
        assertEquals("/v25.0/106540352242922/messages", send.pathAndQuery());
        assertEquals(GraphClient.JSON.readTree("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"16505551234\","
                + "\"type\":\"document\",\"document\":{\"id\":\"MEDIA-1\",\"filename\":\"Q-2026-0007.pdf\","
                + "\"caption\":\"Your quote Q-2026-0007: https://ob.example/q/abc\"}}"), GraphClient.JSON.readTree(send.body()));
    }

    private static String text(BodyPart part) throws Exception {
        return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aClosedWindowSendsTheTemplateWithItsBodyParametersInOrderAndNoFile() throws IOException {
        graph.answer(200, "{\"messages\":[{\"id\":\"wamid.TPL\"}]}");
        SendOutcome out = kind.send(quote("Your quote", NOW.minus(Duration.ofDays(2)),
                List.of(new OutboundFile("Q.pdf", "application/pdf", PDF))), settings(true));
        assertEquals(SendOutcome.sent("wamid.TPL"), out);
        assertEquals(1, graph.calls.size(), "a template carries no file");
        assertEquals(GraphClient.JSON.readTree("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"16505551234\","
                + "\"type\":\"template\",\"template\":{\"name\":\"quote_ready\",\"language\":{\"code\":\"en_US\"},\"components\":[{\"type\":\"body\","
                + "\"parameters\":[{\"type\":\"text\",\"text\":\"Sheena\"},{\"type\":\"text\",\"text\":\"Q-2026-0007\"},"
                + "{\"type\":\"text\",\"text\":\"https://ob.example/q/abc\"}]}]}}"), GraphClient.JSON.readTree(graph.calls.get(0).body()));
    }

    @Test
    void aClosedWindowWithoutTemplateFailsForThisContactOnly() {
        SendOutcome out = kind.send(quote("hello", NOW.minus(Duration.ofDays(2)), List.of()), settings(false));
        assertTrue(out.contactOnly());
        assertTrue(graph.calls.isEmpty());
    }

    @Test
    void unreachableRecipientsFailForThemButARevokedTokenIsTheChannels() {
        for (int code : new int[] {131026, 131047, 131049, 131050}) {
            graph.answer(400, "{\"error\":{\"message\":\"Meta says no\",\"code\":" + code + "}}");
            SendOutcome out = kind.send(quote("hello", NOW.minusSeconds(60), List.of()), settings(false));
            assertTrue(out.contactOnly(), code + ": " + out);
            assertFalse(out.heals());
        }
        graph.answer(401, "{\"error\":{\"message\":\"Session has expired\",\"code\":190}}");
        SendOutcome token = kind.send(quote("hello", NOW.minusSeconds(60), List.of()), settings(false));
        assertFalse(token.contactOnly());
        assertFalse(token.heals());
        graph.answer(400, "{\"error\":{\"message\":\"Number of parameters does not match\",\"code\":132000}}");
        assertFalse(kind.send(quote("hello", NOW.minus(Duration.ofDays(2)), List.of()), settings(true)).contactOnly(),
                "a template that takes other parameters is the channel's to fix");
    }

    @Test
    void aFailedUploadSendsNoDocument() {
        graph.answer(503, "{\"error\":{\"message\":\"busy\",\"code\":2}}");
        SendOutcome out = kind.send(quote("hi", NOW.minusSeconds(60), List.of(new OutboundFile("Q.pdf", "application/pdf", PDF))),
                settings(false));
        assertTrue(out.heals());
        assertEquals(1, graph.calls.size());
    }
}
