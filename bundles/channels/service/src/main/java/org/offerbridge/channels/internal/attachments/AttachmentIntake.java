package org.offerbridge.channels.internal.attachments;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.offerbridge.channels.api.Message.Attachment;
import org.offerbridge.channels.spi.InboundFile;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.files.FileLimits;
import org.offerbridge.platform.api.files.FileTooLargeException;
import org.offerbridge.platform.api.files.StoredFile;
import org.offerbridge.platform.api.files.TenantFiles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the files of inbound messages into the workspace's file store, outside any transaction: bytes that came with
 * the message are stored now (within the per-file and per-message limits, else recorded as too large), references
 * are kept as pending for the work table to fetch. Text is extracted for the parser while the bytes are at hand.
 */
@Component(service = AttachmentIntake.class)
public class AttachmentIntake {
    public static final String PURPOSE = "channel-attachment";
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentIntake.class);

    private final TenantFiles files;
    private final RequestContext context;

    /** The rows to add for one message and the files stored for them (deleted again when the message is not new). */
    public record Prepared(List<AttachmentRows.NewRow> rows, List<String> fileIds) {
        public boolean pending() {
            return rows.stream().anyMatch(r -> Attachment.PENDING.equals(r.status()));
        }
    }

    @Activate
    public AttachmentIntake(@Reference TenantFiles files, @Reference RequestContext context) {
        this.files = files;
        this.context = context;
    }

    public FileLimits limits() {
        return files.limits();
    }

    /** Stores the inline files of one message of {@code tenantId}'s channel {@code channelId}. */
    public Prepared prepare(String tenantId, String channelId, List<InboundFile> given) {
        List<AttachmentRows.NewRow> rows = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        if (given.isEmpty()) {
            return new Prepared(rows, stored);
        }
        FileLimits limits = files.limits();
        long budget = limits.perMessageBytes();
        for (InboundFile f : given) {
            if (f.tooLarge() || (f.bytes() != null && (f.bytes().length > limits.perFileBytes() || f.bytes().length > budget))) {
                rows.add(new AttachmentRows.NewRow(f.name(), f.contentType(), f.size(), null, null, Attachment.TOO_LARGE,
                        tooLarge(limits, f.bytes() != null && f.bytes().length <= limits.perFileBytes()), null));
            } else if (f.bytes() != null) {
                try {
                    StoredFile s = as(tenantId, channelId,
                            () -> files.store(PURPOSE, f.name(), new ByteArrayInputStream(f.bytes()), limits.perFileBytes()));
                    stored.add(s.id());
                    budget -= s.size();
                    rows.add(new AttachmentRows.NewRow(s.name(), s.contentType(), s.size(), s.id(), null, Attachment.STORED, null,
                            AttachmentText.extract(f.bytes(), s.contentType())));
                } catch (FileTooLargeException e) {
                    rows.add(new AttachmentRows.NewRow(f.name(), f.contentType(), f.size(), null, null, Attachment.TOO_LARGE,
                            tooLarge(limits, false), null));
                } catch (RuntimeException e) {
                    LOG.warn("Could not store an attachment for tenant {}: {}", tenantId, e.getClass().getSimpleName());
                    rows.add(new AttachmentRows.NewRow(f.name(), f.contentType(), f.size(), null, null, Attachment.FAILED,
                            "could not be stored", null));
                }
            } else if (f.ref() != null) {
                rows.add(new AttachmentRows.NewRow(f.name(), f.contentType(), f.size(), null, f.ref(), Attachment.PENDING, null, null));
            } else {
                rows.add(new AttachmentRows.NewRow(f.name(), f.contentType(), f.size(), null, null, Attachment.FAILED,
                        "the channel gave no way to fetch it", null));
            }
        }
        return new Prepared(rows, stored);
    }

    /** Deletes files stored for a message that was not stored after all (a duplicate, a failed transaction). */
    public void discard(String tenantId, String channelId, List<String> fileIds) {
        for (String id : fileIds) {
            try {
                as(tenantId, channelId, () -> files.delete(id));
            } catch (RuntimeException e) {
                LOG.debug("File {} is left for the orphan sweep: {}", id, e.getClass().getSimpleName());
            }
        }
    }

    /** Stores bytes fetched from the provider; the caller records the outcome on the row. */
    public StoredFile store(String tenantId, String channelId, String name, byte[] bytes, long maxBytes) {
        return as(tenantId, channelId, () -> files.store(PURPOSE, name, new ByteArrayInputStream(bytes), maxBytes));
    }

    public static String tooLarge(FileLimits limits, boolean forTheMessage) {
        return forTheMessage ? "the message's files are larger than " + mib(limits.perMessageBytes()) + " together"
                : "larger than " + mib(limits.perFileBytes());
    }

    private static String mib(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }

    /** Background work acts as the channel within the workspace, as processing does. */
    <T> T as(String tenantId, String channelId, java.util.function.Supplier<T> work) {
        return context.runAs(new TenantPrincipal(tenantId, null, "channel:" + channelId, Role.SALES, "free"), work);
    }
}
