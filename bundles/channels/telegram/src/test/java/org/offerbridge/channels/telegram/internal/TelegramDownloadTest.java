package org.offerbridge.channels.telegram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.MediaDownload;

/** A received document is fetched as the Bot API documents: getFile for its file_path, then /file/bot<token>/<file_path>. */
class TelegramDownloadTest {
    private static final ChannelSettings SETTINGS = new ChannelSettings("c1", Map.of(), Map.of("botToken", TelegramKindTest.TOKEN));
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

    @Test
    void aDocumentIsFetchedByItsFilePath() {
        telegram.answer("getFile", 200, "{\"ok\":true,\"result\":{\"file_id\":\"BQAC\",\"file_unique_id\":\"u\",\"file_size\":9,"
                + "\"file_path\":\"documents/file_1.pdf\"}}");
        telegram.answer("file_1.pdf", 200, "%PDF-1.4\n");
        MediaDownload d = kind.download("BQAC", SETTINGS, 1000);
        assertTrue(d.ok(), d.toString());
        assertEquals("%PDF-1.4\n", new String(d.bytes(), StandardCharsets.US_ASCII));
        assertEquals(List.of("/bot" + TelegramKindTest.TOKEN + "/getFile", "/file/bot" + TelegramKindTest.TOKEN + "/documents/file_1.pdf"),
                telegram.calls.stream().map(BotApiStub.Call::path).toList());
        assertEquals("{\"file_id\":\"BQAC\"}", telegram.calls("getFile").get(0).body());
    }

    @Test
    void aFileAboveTheLimitIsTooLarge() {
        telegram.answer("getFile", 200, "{\"ok\":true,\"result\":{\"file_path\":\"documents/big.pdf\"}}");
        telegram.answer("big.pdf", 200, "x".repeat(2000));
        assertTrue(kind.download("BQAC", SETTINGS, 1000).tooLarge());
    }

    @Test
    void anUnknownFileFailsForGoodAndAnOutageIsRetried() {
        telegram.answer("getFile", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: invalid file_id\"}");
        MediaDownload gone = kind.download("BQAC", SETTINGS, 1000);
        assertFalse(gone.heals());
        assertEquals("getFile: Bad Request: invalid file_id", gone.failure());
        telegram.answer("getFile", 502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
        assertTrue(kind.download("BQAC", SETTINGS, 1000).heals());
        assertFalse(kind.download("BQAC", SETTINGS, 1000).toString().contains(TelegramKindTest.TOKEN), "the token is never in a reason");
    }
}
