package org.offerbridge.quotation.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/** A recipient's link; only the SHA-256 of its token is kept. */
@Entity
@Table(name = "OB_QUOTE_LINK", indexes = @Index(name = "OB_QUOTE_LINK_QUOTE", columnList = TenantColumn.NAME + ", QUOTEID"))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class PublicLinkEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(name = "QUOTEID", nullable = false, length = 36)
    public String quoteId;
    @Column(nullable = false, length = 64, unique = true)
    public String tokenHash;
    @Column(length = 200)
    public String recipientName;
    @Column(length = 254)
    public String recipientEmail;
    public long createdAt;
    public Long revokedAt;
}
