package org.offerbridge.channels.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/**
 * One message. (CHANNEL_ID, PROVIDER_MESSAGE_ID) is unique: the dedup key of inbound messages, and how a provider's
 * status update finds our outbound one. The raw inbound payload is kept as received.
 */
@Entity
@Table(name = "OB_CHANNEL_MESSAGE", indexes = {
    @Index(name = "OB_CHANNEL_MESSAGE_PROVIDER_UQ", columnList = "CHANNEL_ID,PROVIDER_MESSAGE_ID", unique = true),
    @Index(name = "OB_CHANNEL_MESSAGE_CONV_IX", columnList = "CONVERSATION_ID,ID")})
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class MessageEntity {
    @Id
    @Column(name = "ID", length = Ids.LENGTH)
    public String id;
    @Column(name = "CONVERSATION_ID", nullable = false, length = Ids.LENGTH)
    public String conversationId;
    @Column(name = "CHANNEL_ID", nullable = false, length = Ids.LENGTH)
    public String channelId;
    @Column(name = "DIRECTION", nullable = false, length = 3)
    public String direction;
    @Lob
    @Column(name = "BODY")
    public String text;
    /** The new part of {@link #text}, what the parser reads (an email reply without the mail it quotes); null: all of it. */
    @Lob
    @Column(name = "NEW_TEXT")
    public String newText;
    static final int ATTACHMENTS_LENGTH = 4000;
    /**
     * JSON array of {name, contentType, size}; for files kept in the file store also {id, status, reason}: a summary of
     * the message's attachment rows (OB_CHANNEL_ATTACHMENT), rewritten when they change.
     */
    @Column(name = "ATTACHMENTS", length = ATTACHMENTS_LENGTH)
    public String attachments;
    @Column(name = "PROVIDER_MESSAGE_ID", length = 300)
    public String providerMessageId;
    @Column(name = "SENT_AT")
    public Long sentAt;
    @Column(name = "RECEIVED_AT")
    public Long receivedAt;
    @Column(name = "STATUS", nullable = false, length = 10)
    public String status;
    @Column(name = "FAILURE", length = ChannelRules.MAX_REASON)
    public String failure;
    /** The staff user who wrote an outbound message. */
    @Column(name = "AUTHOR_ID", length = 64)
    public String authorId;
    /** Auto-replies, bounces, echoes: stored, never a request. */
    @Column(name = "AUTOMATED")
    public boolean automated;
    /** The intake request this message became, where it became one. */
    @Column(name = "REQUEST_ID", length = 64)
    public String requestId;
    /** The subject where the kind has one (email), so a reply keeps it. */
    @Column(name = "SUBJECT", length = 300)
    public String subject;
    /** JSON array of the products the sender chose ({sku, quantity, options}); null when none (every kind but the form). */
    @Lob
    @Column(name = "ITEMS")
    public String items;
    @Lob
    @Column(name = "RAW")
    public String raw;
    @Version
    @Column(name = "VERSION")
    public int version;
}
