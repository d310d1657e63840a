package org.offerbridge.channels.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.offerbridge.channels.api.Message;
import org.offerbridge.channels.api.MessageAttachments;
import org.offerbridge.platform.api.Role;
import org.offerbridge.ui.api.Texts;

import com.vaadin.server.DownloadStream;
import com.vaadin.server.StreamResource;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Link;

/** The files under a message, without a browser: what each status shows and what the download link serves. */
class MessageFilesTest {

    private final Texts t = Texts.of(ChannelsViewContribution.class, Locale.ENGLISH);
    private final FakeSession session = new FakeSession(Role.SALES);
    private final List<String> opened = new ArrayList<>();
    private final MessageAttachments store = (conversationId, attachmentId) -> {
        opened.add(conversationId + "/" + attachmentId + (session.bound ? " bound" : " UNBOUND"));
        return "c1".equals(conversationId) && "a1".equals(attachmentId)
                ? Optional.of(new MessageAttachments.Download("list.pdf", "application/pdf", 9,
                        new ByteArrayInputStream("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))))
                : Optional.empty();
    };
    private final MessageFiles files = new MessageFiles(session, store, t);

    @Test
    void aStoredFileShowsNameSizeAndBadgeAndItsLinkServesTheBytesReadUnderTheSessionsBinding() throws IOException {
        Component row = files.row("c1", new Message.Attachment("a1", "list.pdf", "application/pdf", 1536L, "stored", null));

        Link link = Components.find(row, "attachment-link-a1");
        assertEquals("list.pdf", link.getCaption());
        assertEquals("stored", Components.<Label>find(row, "attachment-status-a1").getValue());
        assertTrue(texts(row).contains("1.5 KB"), texts(row).toString());
        assertTrue(opened.isEmpty(), "nothing is read before the browser asks");

        DownloadStream stream = ((StreamResource) link.getResource()).getStream();
        try (InputStream in = stream.getStream()) {
            assertEquals("%PDF-1.7\n", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }
        assertEquals(List.of("c1/a1 bound"), opened, "opened for the logged-in staff member's workspace only");
        assertEquals("application/pdf", stream.getContentType());
        assertTrue(stream.getParameter("Content-Disposition").startsWith("attachment;"), "downloaded, never shown in the UI's origin");
        assertEquals("nosniff", stream.getParameter("X-Content-Type-Options"));
    }

    @Test
    void aFileTheStoreDoesNotFindServesNothing() {
        Component row = files.row("c2", new Message.Attachment("a1", "list.pdf", "application/pdf", 10L, "stored", null));
        StreamResource resource = (StreamResource) Components.<Link>find(row, "attachment-link-a1").getResource();
        assertNull(resource.getStreamSource().getStream(), "another conversation's id is a 404");
        assertEquals(List.of("c2/a1 bound"), opened);
    }

    @Test
    void pendingSaysBeingFetchedAndFailedOrTooLargeSayWhyWithoutALink() {
        Component pending = files.row("c1", new Message.Attachment("a2", "photo.jpg", null, null, "pending", null));
        assertNull(Components.find(pending, "attachment-link-a2"));
        assertEquals("being fetched", Components.<Label>find(pending, "attachment-status-a2").getValue());
        assertTrue(texts(pending).stream().anyMatch(s -> s.contains("photo.jpg")));

        Component tooLarge = files.row("c1",
                new Message.Attachment("a3", "video.mp4", "video/mp4", 80_000_000L, "too_large", "larger than 20 MB"));
        assertNull(Components.find(tooLarge, "attachment-link-a3"));
        assertEquals("too large", Components.<Label>find(tooLarge, "attachment-status-a3").getValue());
        assertEquals("larger than 20 MB", Components.<Label>find(tooLarge, "attachment-reason-a3").getValue());
        assertTrue(texts(tooLarge).contains("76.3 MB"), texts(tooLarge).toString());

        Component failed = files.row("c1", new Message.Attachment("a4", "doc.pdf", null, null, "failed", "media expired (404)"));
        assertEquals("not fetched", Components.<Label>find(failed, "attachment-status-a4").getValue());
        assertEquals("media expired (404)", Components.<Label>find(failed, "attachment-reason-a4").getValue());
        assertTrue(opened.isEmpty());
    }

    @Test
    void anOutboundQuotePdfAndReportedMetadataShowTheirNames() {
        Message out = new Message("m1", "c1", Message.OUT, "Your quote", List.of(new Message.Attachment("Q-2026-00012.pdf", "application/pdf", null)),
                null, Instant.EPOCH, Instant.EPOCH, Message.SENT, null);
        List<Component> rows = files.rows(out);
        assertEquals(1, rows.size());
        assertTrue(texts(rows.get(0)).stream().anyMatch(s -> s.contains("Q-2026-00012.pdf")), texts(rows.get(0)).toString());
        assertFalse(texts(rows.get(0)).stream().anyMatch(s -> s.contains("stored")), "no status for metadata only");
        assertEquals(List.of(), files.rows(new Message("m2", "c1", Message.IN, "hi", null, null, null, Instant.EPOCH, Message.DELIVERED, null)));
    }

    @Test
    void anUnsafeNameIsEscaped() {
        Component row = files.row("c1", new Message.Attachment("a5", "<img src=x onerror=alert(1)>.pdf", null, 3L, "pending", null));
        assertTrue(texts(row).stream().anyMatch(s -> s.contains("&lt;img")), texts(row).toString());
    }

    @Test
    void sizesAreHumanInTheStaffMembersNumberFormat() {
        assertEquals("512 B", MessageFiles.size(512, Locale.ENGLISH));
        assertEquals("1 KB", MessageFiles.size(1024, Locale.ENGLISH));
        assertEquals("2.3 MB", MessageFiles.size(2_400_000, Locale.ENGLISH));
        assertEquals("2,3 MB", MessageFiles.size(2_400_000, Locale.GERMAN));
    }

    private static List<String> texts(Component root) {
        List<String> out = new ArrayList<>();
        if (root instanceof Label l) {
            out.add(l.getValue());
        }
        if (root instanceof CssLayout c) {
            c.forEach(child -> out.addAll(texts(child)));
        }
        return out;
    }

    @Test
    void aStoredFileWithoutTheServiceHasNoLink() {
        MessageFiles none = new MessageFiles(session, null, t);
        Component row = none.row("c1", new Message.Attachment("a1", "list.pdf", "application/pdf", 10L, "stored", null));
        assertNull(Components.find(row, "attachment-link-a1"));
        assertNotNull(Components.find(row, "attachment-status-a1"));
    }
}
