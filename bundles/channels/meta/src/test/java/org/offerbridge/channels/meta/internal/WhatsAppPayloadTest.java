package org.offerbridge.channels.meta.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.offerbridge.channels.api.Message.Attachment;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundBatch.InboundMessage;
import org.offerbridge.channels.spi.InboundBatch.StatusUpdate;

/** WhatsApp notifications built from the documented examples (PROVIDERS.md §1.2, Meta's webhooks reference). */
class WhatsAppPayloadTest {
    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String WAMID = "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=";

    /** Meta's envelope around one {@code value}: {@code messages} change of the documented business account. */
    static String notification(String phoneNumberId, String valueFields) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"value\":{"
                + "\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\",\"phone_number_id\":\""
                + phoneNumberId + "\"}," + valueFields + "},\"field\":\"messages\"}]}]}";
    }

    static String contacts() {
        return "\"contacts\":[{\"profile\":{\"name\":\"Sheena Nelson\"},\"wa_id\":\"16505551234\"}]";
    }

    static String textMessage(String wamid, long timestamp, String text) {
        return notification(PHONE_NUMBER_ID, contacts() + ",\"messages\":[{\"from\":\"16505551234\",\"id\":\"" + wamid
                + "\",\"timestamp\":\"" + timestamp + "\",\"type\":\"text\",\"text\":{\"body\":\"" + text + "\"}}]");
    }

    static String status(String wamid, String status, String extra) {
        return notification(PHONE_NUMBER_ID, "\"statuses\":[{\"id\":\"" + wamid + "\",\"status\":\"" + status
                + "\",\"timestamp\":\"1750263773\",\"recipient_id\":\"16505551234\"" + extra + "}]");
    }

    private static InboundBatch read(String json) {
        return WhatsAppPayload.read(json.getBytes(StandardCharsets.UTF_8), PHONE_NUMBER_ID);
    }

    @Test
    void theDocumentedDocumentMessageBecomesAMessageWithItsFileAndCaption() {
        InboundBatch batch = read(notification(PHONE_NUMBER_ID, contacts() + ",\"messages\":[{\"from\":\"16505551234\",\"id\":\""
                + WAMID + "\",\"timestamp\":\"1744344496\",\"type\":\"document\",\"document\":{\"caption\":\"my receipt\","
                + "\"filename\":\"receipt.pdf\",\"mime_type\":\"application/pdf\",\"sha256\":\"V5OPpLD/gEG6Xjg0MbmQDLFgcKsL+j5LfY4ny/pZ4MY=\","
                + "\"id\":\"622684793477189\",\"url\":\"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=133\"}}]"));
        assertEquals(1, batch.messages().size());
        assertTrue(batch.statuses().isEmpty());
        InboundMessage m = batch.messages().get(0);
        assertEquals(WAMID, m.providerMessageId());
        assertEquals("16505551234", m.threadKey());
        assertEquals("Sheena Nelson", m.contact().name());
        assertEquals("16505551234", m.contact().handle());
        assertEquals("+16505551234", m.contact().phone());
        assertEquals("my receipt", m.text());
        assertTrue(m.attachments().isEmpty(), "a file, not metadata only");
        assertEquals(1, m.files().size());
        assertEquals("receipt.pdf", m.files().get(0).name());
        assertEquals("application/pdf", m.files().get(0).contentType());
        assertNull(m.files().get(0).bytes(), "fetched later by the media id");
        assertTrue(m.files().get(0).ref() != null && !m.files().get(0).ref().isBlank());
        assertEquals(Instant.ofEpochSecond(1744344496), m.sentAt());
        assertFalse(m.automated());
    }

    @Test
    void aTextMessageCarriesItsBody() {
        InboundMessage m = read(textMessage(WAMID, 1744344496, "Does it come in another color?")).messages().get(0);
        assertEquals("Does it come in another color?", m.text());
        assertTrue(m.attachments().isEmpty());
    }

    @Test
    void anImageWithoutFileNameIsNamedByItsMediaId() {
        InboundMessage m = read(notification(PHONE_NUMBER_ID, contacts() + ",\"messages\":[{\"from\":\"16505551234\",\"id\":\"wamid.IMG\","
                + "\"timestamp\":\"1744344496\",\"type\":\"image\",\"image\":{\"mime_type\":\"image/jpeg\",\"id\":\"1003383421387256\"}}]"))
                .messages().get(0);
        assertNull(m.text());
        assertEquals(org.offerbridge.channels.spi.InboundFile.remote("image-1003383421387256.jpg", "image/jpeg", null, "1003383421387256"),
                m.files().get(0));
    }

    @Test
    void statusesBecomeUpdatesAndAFailureCarriesMetasReason() {
        StatusUpdate read = read(status("wamid.OUT", "read", "")).statuses().get(0);
        assertEquals("wamid.OUT", read.providerMessageId());
        assertEquals("read", read.status());
        assertNull(read.failure());
        assertEquals(Instant.ofEpochSecond(1750263773), read.at());
        StatusUpdate failed = read(status("wamid.OUT", "failed", ",\"errors\":[{\"code\":131049,\"title\":\"This message was not delivered"
                + " to maintain healthy ecosystem engagement.\",\"message\":\"This message was not delivered to maintain healthy ecosystem"
                + " engagement.\",\"error_data\":{\"details\":\"In order to maintain a healthy ecosystem engagement, the message failed"
                + " to be delivered.\"}}]")).statuses().get(0);
        assertEquals("failed", failed.status());
        assertTrue(failed.failure().startsWith("This message was not delivered"), failed.failure());
        assertTrue(failed.failure().endsWith("(code 131049)"), failed.failure());
        assertTrue(read(status("wamid.OUT", "played", "")).statuses().isEmpty());
    }

    @Test
    void anotherPhoneNumbersNotificationsAreSkipped() {
        InboundBatch other = WhatsAppPayload.read(textMessage(WAMID, 1, "hi").getBytes(StandardCharsets.UTF_8), "999");
        assertTrue(other.messages().isEmpty());
        assertTrue(other.statuses().isEmpty());
    }

    @Test
    void aBodyThatIsNoWhatsAppNotificationIsUnreadable() {
        assertThrows(IllegalArgumentException.class, () -> read("not json"));
        assertThrows(IllegalArgumentException.class, () -> read("{\"object\":\"instagram\",\"entry\":[]}"));
        assertTrue(read(MetaWebhooksTest.VECTOR_BODY).messages().isEmpty());
    }
}
