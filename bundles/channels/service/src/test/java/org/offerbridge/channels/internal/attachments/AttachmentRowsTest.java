package org.offerbridge.channels.internal.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.channels.api.Message.Attachment;

class AttachmentRowsTest {

    private static AttachmentEntity row(String name, String status, String text) {
        AttachmentEntity a = new AttachmentEntity();
        a.id = "a-" + name;
        a.name = name;
        a.contentType = "application/pdf";
        a.size = 10L;
        a.status = status;
        a.text = text;
        return a;
    }

    @Test
    void theParserReadsTheTextThenEachFilesTextUnderItsName() {
        List<AttachmentEntity> rows = List.of(row("items.pdf", Attachment.STORED, "10 x bolt\n"), row("photo.jpg", Attachment.STORED, null),
                row("more.csv", Attachment.STORED, "sku,qty"));
        assertEquals("Please quote the list\n\n[items.pdf]\n10 x bolt\n\n[more.csv]\nsku,qty",
                AttachmentRows.forParser(" Please quote the list ", rows));
        assertEquals("[items.pdf]\n10 x bolt", AttachmentRows.forParser(null, rows.subList(0, 1)), "a message of a file alone");
        assertEquals("", AttachmentRows.forParser("", List.of(row("photo.jpg", Attachment.STORED, null))));
    }

    @Test
    void theSummaryIsWhatTheApiShows() {
        AttachmentEntity failed = row("big.pdf", Attachment.TOO_LARGE, null);
        failed.reason = "larger than 16 MiB";
        assertEquals(List.of(new Attachment("a-big.pdf", "big.pdf", "application/pdf", 10L, "too_large", "larger than 16 MiB")),
                AttachmentRows.summary(List.of(failed)));
        assertEquals(true, AttachmentRows.anyPending(List.of(failed, row("x", Attachment.PENDING, null))));
    }
}
