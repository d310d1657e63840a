package org.offerbridge.quotation.internal;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/** The order an accepted quote became; lines and totals are a JSON snapshot of the quote's. */
@Entity
@Table(name = "OB_ORDER", indexes = @Index(name = "OB_ORDER_TENANT_CREATED", columnList = TenantColumn.NAME + ", CREATEDAT, ID"))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class OrderEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(nullable = false, length = 64)
    public String number;
    @Column(nullable = false, length = 36)
    public String quoteId;
    @Column(nullable = false, length = 64)
    public String quoteNumber;
    @Column(length = 36)
    public String customerId;
    @Column(nullable = false, length = 200)
    public String customerName;
    @Column(length = 254)
    public String customerEmail;
    @Column(length = 40)
    public String customerPhone;
    @Column(nullable = false, length = 3)
    public String currency;
    public boolean pricesIncludeTax;
    @Column(precision = 19, scale = 4)
    public BigDecimal gross;
    /** Lines and totals as the accepted quote had them. */
    @Column(length = 32000)
    public String snapshotJson;
    @Column(name = "CREATEDAT")
    public long createdAt;
}
