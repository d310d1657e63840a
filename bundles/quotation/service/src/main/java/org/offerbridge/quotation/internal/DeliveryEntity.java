package org.offerbridge.quotation.internal;

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
 * One recipient's copy of a sent quote on a channel: the outbox row, written in the send's transaction. The link's
 * URL (it carries the token, which is stored nowhere else) is kept encrypted until the copy went out.
 */
@Entity
@Table(name = "OB_QUOTE_DELIVERY", indexes = {
        @Index(name = "OB_QUOTE_DELIVERY_QUOTE", columnList = TenantColumn.NAME + ", QUOTEID"),
        @Index(name = "OB_QUOTE_DELIVERY_DUE", columnList = "STATUS, NEXTATTEMPTAT")})
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class DeliveryEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(name = "QUOTEID", nullable = false, length = 36)
    public String quoteId;
    @Column(nullable = false, length = 36)
    public String linkId;
    @Column(nullable = false, length = 20)
    public String channel;
    @Column(nullable = false, length = 254)
    public String address;
    @Column(length = 200)
    public String recipientName;
    @Column(length = 35)
    public String locale;
    @Column(length = 2000)
    public String note;
    /** Null once sent. */
    @Column(length = 2000)
    public String urlSealed;
    @Column(name = "STATUS", nullable = false, length = 10)
    public String status;
    public int attempts;
    @Column(name = "NEXTATTEMPTAT")
    public long nextAttemptAt;
    public long claimedUntil;
    @Column(length = 500)
    public String lastError;
    public long createdAt;
    public Long sentAt;
    @Version
    public long version;
}
