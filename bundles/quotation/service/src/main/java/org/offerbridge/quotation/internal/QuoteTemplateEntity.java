package org.offerbridge.quotation.internal;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/** The workspace's document look (keyed by the tenant id itself); absent means the plain default. */
@Entity
@Table(name = "OB_QUOTE_TEMPLATE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class QuoteTemplateEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(length = 7)
    public String primaryColor;
    @Column(length = 4000)
    public String terms;
    @Column(length = 500)
    public String footer;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(length = QuoteTemplates.MAX_LOGO_BYTES)
    public byte[] logo;
    @Column(length = 20)
    public String logoType;
    public long updatedAt;
    @Column(length = 80)
    public String updatedBy;
}
