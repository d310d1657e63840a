package org.offerbridge.channels.internal.attachments;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/**
 * One file of a message: stored (with the file store's id), pending (the provider's reference, fetched by the work
 * table), too large or failed (with the reason). The message's ATTACHMENTS column keeps a summary of these rows for
 * reading conversations without a join.
 */
@Entity
@Table(name = "OB_CHANNEL_ATTACHMENT", indexes = @Index(name = "OB_CHANNEL_ATTACHMENT_MSG_IX", columnList = "MESSAGE_ID,POSITION"))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class AttachmentEntity {
    @Id
    @Column(name = "ID", length = 52)
    public String id;
    @Column(name = "MESSAGE_ID", nullable = false, length = 52)
    public String messageId;
    @Column(name = "CONVERSATION_ID", nullable = false, length = 52)
    public String conversationId;
    @Column(name = "POSITION")
    public int position;
    @Column(name = "FILE_NAME", nullable = false, length = 500)
    public String name;
    @Column(name = "CONTENT_TYPE", length = 120)
    public String contentType;
    @Column(name = "FILE_SIZE")
    public Long size;
    /** The file store's id once stored. */
    @Column(name = "FILE_ID", length = 52)
    public String fileId;
    /** The provider's reference to fetch the file (a media id, file_id or URL); cleared once stored. */
    @Column(name = "PROVIDER_REF", length = 2000)
    public String providerRef;
    @Column(name = "STATUS", nullable = false, length = 10)
    public String status;
    @Column(name = "REASON", length = 300)
    public String reason;
    /** Text extracted for the parser (PDF text, spreadsheet rows as CSV), capped; null when none. */
    @Lob
    @Column(name = "EXTRACTED_TEXT")
    public String text;
    @Column(name = "CREATED_AT")
    public long createdAt;
}
