package org.offerbridge.channels.internal.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.offerbridge.channels.api.Message.Attachment;
import org.offerbridge.channels.spi.InboundFile;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.files.FileLimits;
import org.offerbridge.platform.api.files.FileTooLargeException;
import org.offerbridge.platform.api.files.StoredFile;
import org.offerbridge.platform.api.files.TenantFiles;

/** Inline files are stored within the per-file and per-message limits; the rest is recorded with the reason. */
class AttachmentIntakeTest {
    private final List<String> storedAs = new ArrayList<>();
    private final Map<String, byte[]> kept = new LinkedHashMap<>();
    private TenantPrincipal bound;

    private final RequestContext context = new RequestContext() {
        @Override
        public Optional<TenantPrincipal> current() {
            return Optional.ofNullable(bound);
        }

        @Override
        public String requestId() {
            return null;
        }

        @Override
        public <T> T runAs(TenantPrincipal principal, Supplier<T> work) {
            bound = principal;
            try {
                return work.get();
            } finally {
                bound = null;
            }
        }
    };

    private final TenantFiles files = new TenantFiles() {
        @Override
        public FileLimits limits() {
            return new FileLimits(10, 15);
        }

        @Override
        public StoredFile store(String purpose, String fileName, InputStream content, long maxBytes) {
            storedAs.add(context.require().tenantId());
            try {
                byte[] b = content.readAllBytes();
                if (b.length > maxBytes) {
                    throw new FileTooLargeException(maxBytes);
                }
                String id = "f" + kept.size();
                kept.put(id, b);
                return new StoredFile(id, purpose, fileName, fileName.endsWith(".csv") ? "text/csv" : "application/pdf", b.length, "x",
                        Instant.EPOCH);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Optional<StoredFile> find(String id) {
            return Optional.empty();
        }

        @Override
        public Optional<InputStream> open(String id) {
            return Optional.empty();
        }

        @Override
        public boolean delete(String id) {
            return kept.remove(id) != null;
        }

        @Override
        public int deleteOlderThan(String purpose, Instant before) {
            return 0;
        }
    };

    @Test
    void filesAreStoredAsTheChannelsWorkspaceWithinTheLimits() {
        AttachmentIntake intake = new AttachmentIntake(files, context);
        AttachmentIntake.Prepared p = intake.prepare("t1", "c1", List.of(
                InboundFile.inline("a.csv", "text/plain", "sku,qty\n".getBytes()),
                InboundFile.inline("big.pdf", "application/pdf", new byte[11]),
                InboundFile.inline("b.csv", "text/csv", "x,1,2,3\n".getBytes()),
                InboundFile.remote("photo.jpg", "image/jpeg", 100L, "media-1"),
                InboundFile.oversized("huge.pdf", "application/pdf", 1L << 30)));
        assertEquals(List.of("t1"), storedAs, "bound to the channel's workspace while storing");
        assertEquals(List.of(Attachment.STORED, Attachment.TOO_LARGE, Attachment.TOO_LARGE, Attachment.PENDING, Attachment.TOO_LARGE),
                p.rows().stream().map(AttachmentRows.NewRow::status).toList());
        assertEquals("sku,qty", p.rows().get(0).text(), "text extracted while the bytes are at hand");
        assertEquals("larger than 10 bytes", p.rows().get(1).reason());
        assertEquals("the message's files are larger than 15 bytes together", p.rows().get(2).reason());
        assertEquals("media-1", p.rows().get(3).ref());
        assertNull(p.rows().get(3).fileId());
        assertTrue(p.pending());
        assertEquals(List.of("f0"), p.fileIds());

        intake.discard("t1", "c1", p.fileIds());
        assertTrue(kept.isEmpty(), "a duplicate's files are deleted again");
    }
}
