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
@Table(name = "OB_PRICE_LIST")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class PriceListEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(nullable = false, length = 100)
    public String name;
    @Column(length = 500)
    public String description;
    @Column(nullable = false, precision = 7, scale = 4)
    public BigDecimal discountPercent;
    public boolean active;
    public long createdAt;
}
