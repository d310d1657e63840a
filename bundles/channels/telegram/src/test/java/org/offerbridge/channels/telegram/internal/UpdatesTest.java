package org.offerbridge.channels.telegram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.channels.spi.InboundFile;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundBatch.InboundMessage;

/** Updates built from the Bot API's documented fields (PROVIDERS.md 2.2), not from a captured sample. */
class UpdatesTest {
    private static final Instant RECEIVED = Instant.parse("2026-12-07T10:00:00Z");
    static final String FROM = "{\"id\":555111222,\"is_bot\":false,\"first_name\":\"Asha\",\"username\":\"asha_buyer\",\"language_code\":\"en\"}";
    static final String CHAT = "{\"id\":555111222,\"first_name\":\"Asha\",\"username\":\"asha_buyer\",\"type\":\"private\"}";

    /** PROVIDERS.md's document example: a PDF with a caption. */
    static String documentUpdate() {
        return "{\"update_id\":918273645,\"message\":{\"message_id\":42,\"date\":1765094400,\"from\":" + FROM + ",\"chat\":" + CHAT + ","
                + "\"document\":{\"file_name\":\"RFQ-steel-rods.pdf\",\"mime_type\":\"application/pdf\",\"file_id\":\"BQACAgUAAxkBAAIBJ2\","
                + "\"file_unique_id\":\"AgADx\",\"file_size\":182734},\"caption\":\"Need a quote for 200 units\"}}";
    }

    static String textUpdate(long updateId, long messageId, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + messageId + ",\"date\":1765094400,\"from\":" + FROM
                + ",\"chat\":" + CHAT + ",\"text\":\"" + text + "\"}}";
    }

    private static InboundBatch read(String json) {
        return Updates.read(json.getBytes(StandardCharsets.UTF_8), RECEIVED);
    }

    private static InboundMessage only(String json) {
        InboundBatch b = read(json);
        assertEquals(1, b.messages().size());
        assertTrue(b.statuses().isEmpty());
        return b.messages().get(0);
    }

    @Test
    void theDocumentedDocumentMessageIsTheCaptionWithTheFileAsAttachment() {
        InboundMessage m = only(documentUpdate());
        assertEquals("555111222:42", m.providerMessageId());
        assertEquals("chat:555111222", m.threadKey());
        assertEquals("Need a quote for 200 units", m.text());
        assertEquals(List.of(InboundFile.remote("RFQ-steel-rods.pdf", "application/pdf", 182734L, "BQACAgUAAxkBAAIBJ2")), m.files(),
                "fetched later by its file_id");
        assertEquals("Asha", m.contact().name());
        assertEquals("@asha_buyer", m.contact().handle());
        assertNull(m.contact().phone());
        assertEquals(Instant.ofEpochSecond(1765094400), m.sentAt());
        assertFalse(m.automated());
    }

    @Test
    void aTextMessageWithFullName() {
        InboundMessage m = only("{\"update_id\":1,\"message\":{\"message_id\":7,\"date\":1765094401,"
                + "\"from\":{\"id\":9,\"is_bot\":false,\"first_name\":\"Ravi\",\"last_name\":\"Sharma\"},"
                + "\"chat\":{\"id\":9,\"type\":\"private\"},\"text\":\"12 M8 hex bolts 40mm\"}}");
        assertEquals("12 M8 hex bolts 40mm", m.text());
        assertEquals("Ravi Sharma", m.contact().name());
        assertNull(m.contact().handle(), "no username, no handle");
        assertEquals("9:7", m.providerMessageId());
        assertTrue(m.attachments().isEmpty());
        assertTrue(m.files().isEmpty());
    }

    @Test
    void anEditIsANewMessageKeyedByItsEditTimeAndTheSameEditTwiceIsTheSameKey() {
        String edit = "{\"update_id\":2,\"edited_message\":{\"message_id\":7,\"date\":1765094401,\"edit_date\":1765094500,\"from\":" + FROM
                + ",\"chat\":" + CHAT + ",\"text\":\"make it 14 bolts\"}}";
        InboundMessage m = only(edit);
        assertEquals("555111222:7:edited:1765094500", m.providerMessageId());
        assertEquals("make it 14 bolts", m.text());
        assertEquals(Instant.ofEpochSecond(1765094500), m.sentAt());
        assertEquals(m.providerMessageId(), only(edit).providerMessageId());
        assertFalse(m.providerMessageId().equals(only(textUpdate(1, 7, "12 bolts")).providerMessageId()));
    }

    @Test
    void aPhotoIsItsLargestSize() {
        InboundMessage m = only("{\"update_id\":3,\"message\":{\"message_id\":8,\"date\":1765094401,\"from\":" + FROM + ",\"chat\":" + CHAT
                + ",\"photo\":[{\"file_id\":\"a\",\"file_unique_id\":\"a1\",\"width\":90,\"height\":60,\"file_size\":1200},"
                + "{\"file_id\":\"b\",\"file_unique_id\":\"b1\",\"width\":1280,\"height\":853,\"file_size\":98000}]}}");
        assertNull(m.text());
        assertEquals(List.of(InboundFile.remote("photo-1280x853.jpg", "image/jpeg", 98000L, "b")), m.files());
    }

    @Test
    void fileNamesKeepTheirLastSegmentOnly() {
        InboundMessage m = only("{\"update_id\":4,\"message\":{\"message_id\":9,\"date\":1,\"from\":" + FROM + ",\"chat\":" + CHAT
                + ",\"document\":{\"file_id\":\"x\",\"file_name\":\"../../etc/passwd\"}}}");
        assertEquals("passwd", m.files().get(0).name());
        assertNull(m.files().get(0).size());
    }

    @Test
    void aBotsMessageIsAutomated() {
        assertTrue(only("{\"update_id\":5,\"message\":{\"message_id\":1,\"date\":1,\"from\":{\"id\":1,\"is_bot\":true,\"first_name\":\"B\"},"
                + "\"chat\":{\"id\":-100,\"type\":\"group\",\"title\":\"Buyers\"},\"text\":\"hi\"}}").automated());
    }

    @Test
    void aChannelPostWithoutSenderIsNamedByItsChat() {
        String json = "{\"update_id\":6,\"edited_message\":{\"message_id\":3,\"date\":1,\"edit_date\":2,"
                + "\"chat\":{\"id\":-1001,\"type\":\"group\",\"title\":\"Buyers group\"},\"text\":\"hello\"}}";
        InboundMessage m = only(json);
        assertEquals("Buyers group", m.contact().name());
        assertEquals("chat:-1001", m.threadKey());
    }

    @Test
    void updatesWeDoNotHandleAreEmptyAndAnsweredOk() {
        assertTrue(read("{\"update_id\":7,\"callback_query\":{\"id\":\"q\"}}").messages().isEmpty());
        assertTrue(read("{\"update_id\":8,\"my_chat_member\":{}}").messages().isEmpty());
        assertTrue(read("{\"update_id\":9,\"message\":{\"message_id\":2,\"date\":1,\"from\":" + FROM + ",\"chat\":" + CHAT
                + ",\"sticker\":{\"file_id\":\"s\"}}}").messages().isEmpty(), "a sticker carries nothing staff can quote");
    }

    @Test
    void bodiesThatAreNoUpdateAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> read("not json"));
        assertThrows(IllegalArgumentException.class, () -> read("[1]"));
        assertThrows(IllegalArgumentException.class, () -> read("{\"message\":{}}"));
        assertThrows(IllegalArgumentException.class, () -> read("{\"update_id\":1,\"message\":{\"text\":\"no chat\"}}"));
    }
}
