package org.offerbridge.channels.telegram.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offerbridge.channels.api.Conversation.Contact;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.OutboundFile;
import org.offerbridge.channels.spi.OutboundMessage;
import org.offerbridge.channels.spi.PreparedSettings;
import org.offerbridge.channels.spi.SendOutcome;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/** sendDocument, per-contact failures and deleteWebhook on the Telegram kind. */
class TelegramSendTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PDF = "%PDF-1.4 quote".getBytes(StandardCharsets.US_ASCII);
    private BotApiStub telegram;
    private TelegramKind kind;

    @BeforeEach
    void start() throws Exception {
        telegram = new BotApiStub();
        kind = new TelegramKind(new BotApi(URI::create, telegram.base(), 2, 2));
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    private ChannelSettings settings() {
        PreparedSettings p = kind.settings(Map.of("botToken", TelegramKindTest.TOKEN), ChannelSettings.NONE);
        return new ChannelSettings("c1", p.values(), p.secrets());
    }

    private static OutboundMessage message(String text, List<OutboundFile> files) {
        return new OutboundMessage("m1", "c1", "chat:555111222", new Contact("Asha", "@asha_buyer", null, null), text, null, List.of(),
                null, files, List.of());
    }

    @Test
    void oneFileIsSendDocumentWithTheTextAsCaption() throws Exception {
        telegram.answer("sendDocument", 200, "{\"ok\":true,\"result\":{\"message_id\":44,\"chat\":{\"id\":555111222}}}");
        SendOutcome o = kind.send(message("Your quote Q-1: https://ob.example/q/x", List.of(new OutboundFile("Q-1.pdf", "application/pdf", PDF))),
                settings());
        assertEquals(SendOutcome.sent("555111222:44"), o);
        assertTrue(telegram.calls("sendMessage").isEmpty());
        BotApiStub.Call call = telegram.calls("sendDocument").get(0);
        assertEquals("/bot" + TelegramKindTest.TOKEN + "/sendDocument", call.path());
        assertTrue(call.contentType().startsWith("multipart/form-data; boundary="), call.contentType());
        MimeMultipart form = new MimeMultipart(new ByteArrayDataSource(call.body().getBytes(StandardCharsets.ISO_8859_1), call.contentType()));
        assertEquals(3, form.getCount());
        assertEquals("form-data; name=chat_id", form.getBodyPart(0).getHeader("Content-Disposition")[0]);
        assertEquals("555111222", text(form.getBodyPart(0)));
        BodyPart document = form.getBodyPart(1);
        assertEquals("form-data; name=document; filename=Q-1.pdf", document.getHeader("Content-Disposition")[0]);
        assertEquals("application/pdf", document.getHeader("Content-Type")[0]);
        assertNull(document.getHeader("Content-Transfer-Encoding"));
        assertArrayEquals(PDF, document.getInputStream().readAllBytes());
        assertEquals("form-data; name=caption", form.getBodyPart(2).getHeader("Content-Disposition")[0]);
        assertEquals("Your quote Q-1: https://ob.example/q/x", text(form.getBodyPart(2)));
    }

    private static String text(BodyPart part) throws Exception {
        return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aTextTooLongForACaptionGoesFirstThenTheDocumentWithout() throws Exception {
        telegram.answer("sendMessage", 200, "{\"ok\":true,\"result\":{\"message_id\":45}}");
        telegram.answer("sendDocument", 200, "{\"ok\":true,\"result\":{\"message_id\":46}}");
        String longText = "x".repeat(TelegramKind.MAX_CAPTION + 1);
        assertEquals(SendOutcome.sent("555111222:46"), kind.send(message(longText, List.of(new OutboundFile("Q.pdf", "application/pdf", PDF))),
                settings()));
        assertEquals(JSON.readTree("{\"chat_id\":555111222,\"text\":\"" + longText + "\"}"),
                JSON.readTree(telegram.calls("sendMessage").get(0).body()));
        assertFalse(telegram.calls("sendDocument").get(0).body().contains("name=caption"));
    }

    @Test
    void aBlockedOrDeactivatedUserFailsForThatContactOnlyButAnUnauthorizedTokenIsTheChannels() {
        for (String description : new String[] {"Forbidden: bot was blocked by the user", "Forbidden: user is deactivated"}) {
            telegram.answer("sendMessage", 403, "{\"ok\":false,\"error_code\":403,\"description\":\"" + description + "\"}");
            SendOutcome o = kind.send(message("hi", List.of()), settings());
            assertTrue(o.contactOnly(), o.toString());
            assertFalse(o.heals());
            assertTrue(o.failure().contains(description), o.failure());
        }
        telegram.answer("sendMessage", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}");
        assertTrue(kind.send(message("hi", List.of()), settings()).contactOnly());
        telegram.answer("sendMessage", 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        SendOutcome revoked = kind.send(message("hi", List.of()), settings());
        assertFalse(revoked.contactOnly());
        assertFalse(revoked.heals());
    }

    @Test
    void disconnectingDeletesTheWebhookAndSaysWhenTelegramRefuses() throws Exception {
        kind.disconnect(settings());
        BotApiStub.Call call = telegram.calls("deleteWebhook").get(0);
        assertEquals("/bot" + TelegramKindTest.TOKEN + "/deleteWebhook", call.path());
        assertEquals(JSON.readTree("{\"drop_pending_updates\":false}"), JSON.readTree(call.body()));
        telegram.answer("deleteWebhook", 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> kind.disconnect(settings()));
        assertFalse(e.getMessage().contains(TelegramKindTest.TOKEN), "never the token");
        kind.disconnect(new ChannelSettings("c1", Map.of(), Map.of()));
        assertEquals(2, telegram.calls("deleteWebhook").size(), "no token: nothing to delete");
    }
}
