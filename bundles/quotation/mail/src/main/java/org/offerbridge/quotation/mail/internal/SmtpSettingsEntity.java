package org.offerbridge.quotation.mail.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/** A workspace's SMTP server (one row per tenant); the password is sealed with the platform's cipher. */
@Entity
@Table(name = "OB_SMTP_SETTINGS", uniqueConstraints = @UniqueConstraint(name = "OB_SMTP_SETTINGS_TENANT", columnNames = TenantColumn.NAME))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class SmtpSettingsEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(nullable = false, length = 253)
    public String host;
    public int port;
    @Column(nullable = false, length = 10)
    public String security;
    @Column(length = 254)
    public String username;
    @Column(length = 2100)
    public String passwordSealed;
    @Column(nullable = false, length = 254)
    public String fromAddress;
    @Column(length = 200)
    public String fromName;
    @Column(length = 254)
    public String replyTo;
    public long updatedAt;
    @Column(length = 80)
    public String updatedBy;
}
