package org.offerbridge.channels.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/**
 * The inbox/outbox row: work to do after a commit — process an inbound message, send an outbound one. Written in the
 * same transaction as the message; a poller finds due rows by (STATUS, DUE_AT) and claims each with CLAIMED_UNTIL
 * under the version check, so a restart or a second node carries on and nothing is done twice at once.
 */
@Entity
@Table(name = "OB_CHANNEL_WORK", indexes = @Index(name = "OB_CHANNEL_WORK_DUE_IX", columnList = "STATUS,DUE_AT"))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class WorkEntity {
    public static final String INBOUND = "inbound";
    public static final String OUTBOUND = "outbound";
    /** Fetch a message's pending files from the provider, then queue its processing. */
    public static final String MEDIA = "media";
    public static final String PENDING = "pending";
    public static final String FAILED = "failed";

    @Id
    @Column(name = "ID", length = Ids.LENGTH)
    public String id;
    @Column(name = "WORK_TYPE", nullable = false, length = 10)
    public String type;
    @Column(name = "MESSAGE_ID", nullable = false, length = Ids.LENGTH)
    public String messageId;
    @Column(name = "CHANNEL_ID", nullable = false, length = Ids.LENGTH)
    public String channelId;
    @Column(name = "STATUS", nullable = false, length = 10)
    public String status;
    @Column(name = "ATTEMPTS")
    public int attempts;
    @Column(name = "DUE_AT")
    public long dueAt;
    @Column(name = "CLAIMED_UNTIL")
    public long claimedUntil;
    @Column(name = "LAST_ERROR", length = ChannelRules.MAX_REASON)
    public String lastError;
    @Column(name = "CREATED_AT")
    public long createdAt;
    @Version
    @Column(name = "VERSION")
    public int version;
}
