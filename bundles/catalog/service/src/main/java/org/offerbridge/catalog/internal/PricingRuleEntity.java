package org.offerbridge.catalog.internal;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

@Entity
@Table(name = "OB_PRICING_RULE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class PricingRuleEntity {
    @Id
    @Column(length = 36)
    public String id;
    /** Null: applies to every customer. */
    @Column(length = 36)
    public String priceListId;
    /** Upper-case SKU, or null for the whole catalog. */
    @Column(length = ProductRules.MAX_SKU)
    public String skuKey;
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal minQuantity;
    @Column(precision = 19, scale = 4)
    public BigDecimal unitPrice;
    @Column(precision = 7, scale = 4)
    public BigDecimal discountPercent;
    public long createdAt;
}
