package org.offerbridge.quotation.internal;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/** The workspace's quotation settings (keyed by the tenant id itself); absent means the defaults. */
@Entity
@Table(name = "OB_QUOTE_SETTINGS")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class QuoteSettingsEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(nullable = false, length = 40)
    public String numberPattern;
    public int validityDays;
    @Column(precision = 7, scale = 4)
    public BigDecimal approvalDiscountPercent;
    public boolean pricesIncludeTax;
    @Column(precision = 7, scale = 4)
    public BigDecimal defaultTaxRate;
}
