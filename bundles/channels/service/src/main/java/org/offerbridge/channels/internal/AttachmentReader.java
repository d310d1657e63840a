package org.offerbridge.channels.internal;

import java.util.Optional;

import org.offerbridge.channels.api.Message.Attachment;
import org.offerbridge.channels.api.MessageAttachments;
import org.offerbridge.channels.internal.attachments.AttachmentEntity;
import org.offerbridge.channels.internal.attachments.AttachmentRows;
import org.offerbridge.platform.api.files.TenantFiles;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A stored attachment of a conversation of the bound workspace, for download: found by conversation and attachment id
 * together (an attachment id of another conversation is not found), read from the bound workspace's files only.
 */
@Component(service = {AttachmentReader.class, MessageAttachments.class})
public class AttachmentReader implements MessageAttachments {
    private final TenantTransactions tx;
    private final TenantFiles files;

    @Activate
    public AttachmentReader(@Reference ChannelStore channels, @Reference TenantFiles files) {
        this.tx = channels.tx();
        this.files = files;
    }

    @Override
    public Optional<Download> open(String conversationId, String attachmentId) {
        Optional<AttachmentEntity> row = tx.call(em -> AttachmentRows.find(em, conversationId, attachmentId)
                .filter(a -> Attachment.STORED.equals(a.status) && a.fileId != null)
                .map(a -> {
                    em.detach(a);
                    return a;
                }));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        AttachmentEntity a = row.get();
        return files.find(a.fileId).flatMap(f -> files.open(f.id()).map(in -> new Download(a.name, f.contentType(), f.size(), in)));
    }
}
