package org.offerbridge.channels.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/**
 * One channel. The inbound token is stored twice: hashed for the anonymous lookup of an inbound call, and sealed (the
 * node key) so staff can be shown the inbound URL again. Secrets are one sealed JSON object; plain settings are JSON.
 */
@Entity
@Table(name = "OB_CHANNEL", indexes = @Index(name = "OB_CHANNEL_TOKEN_IX", columnList = "TOKEN_HASH", unique = true))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class ChannelEntity {
    @Id
    @Column(name = "ID", length = Ids.LENGTH)
    public String id;
    @Column(name = "KIND", nullable = false, length = 20)
    public String kind;
    @Column(name = "NAME", nullable = false, length = ChannelRules.MAX_NAME)
    public String name;
    @Column(name = "STATUS", nullable = false, length = 20)
    public String status;
    @Column(name = "STATUS_REASON", length = ChannelRules.MAX_REASON)
    public String statusReason;
    @Column(name = "TOKEN_HASH", nullable = false, length = 64)
    public String tokenHash;
    @Column(name = "TOKEN_SEALED", nullable = false, length = 400)
    public String tokenSealed;
    @Column(name = "SETTINGS", length = 4000)
    public String settings;
    @Column(name = "SECRETS_SEALED", length = 8000)
    public String secretsSealed;
    /** The provider account, also held in OB_CHANNEL_ACCOUNT; null for kinds without one. */
    @Column(name = "ACCOUNT_KEY", length = 300)
    public String accountKey;
    /** The workspace's plan when staff last touched the channel: background work acts under it. */
    @Column(name = "PLAN_ID", length = 60)
    public String planId;
    @Column(name = "LAST_INBOUND_AT")
    public Long lastInboundAt;
    @Column(name = "LAST_OUTBOUND_AT")
    public Long lastOutboundAt;
    @Column(name = "LAST_ERROR", length = ChannelRules.MAX_REASON)
    public String lastError;
    /** A reading kind's position (an IMAP folder's UIDVALIDITY and last UID); null for kinds that are called. */
    @Column(name = "INBOUND_MARK", length = 200)
    public String inboundMark;
    @Column(name = "CREATED_AT")
    public long createdAt;
    @Column(name = "UPDATED_AT")
    public long updatedAt;
}
