package org.offerbridge.catalog.internal;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/** A product row. The SKU is unique per tenant, compared without regard to case (skuKey). */
@Entity
@Table(name = "OB_PRODUCT",
        // SKUKEY leads so that Derby can probe the index for "skuKey in (...)" during imports
        uniqueConstraints = @UniqueConstraint(name = "OB_PRODUCT_SKU", columnNames = {"SKUKEY", TenantColumn.NAME}),
        // and this one serves the keyset pages (tenant, then SKU order) of lists and exports
        indexes = @Index(name = "OB_PRODUCT_TENANT_SKU", columnList = TenantColumn.NAME + ", SKUKEY"))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class ProductEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(nullable = false, length = ProductRules.MAX_SKU)
    public String sku;
    @Column(name = "SKUKEY", nullable = false, length = ProductRules.MAX_SKU)
    public String skuKey;
    @Column(nullable = false, length = ProductRules.MAX_NAME)
    public String name;
    @Column(length = ProductRules.MAX_DESCRIPTION)
    public String description;
    @Column(nullable = false, length = 16)
    public String unit;
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal price;
    @Column(nullable = false, length = 3)
    public String currency;
    @Column(precision = 7, scale = 4)
    public BigDecimal taxRate;
    @Column(precision = 19, scale = 4)
    public BigDecimal stock;
    /** Aliases joined by '|', the separator of the CSV format, which an alias may not contain. */
    @Column(length = ProductRules.MAX_ALIASES_TEXT)
    public String aliases;
    /** Lower-case SKU, name and aliases: what the search box matches. */
    @Column(length = ProductRules.MAX_SEARCH_TEXT)
    public String searchText;
    /**
     * The options as JSON ({@link OptionsJson}); null when the product has none. Nullable, so EclipseLink's
     * create-or-extend adds the column to a filled table: rows written before options existed read as none. A LOB, as
     * the most options a product may have do not fit a VARCHAR; rows without options store nothing there.
     */
    @Lob
    @Column(name = "OPTIONS_JSON", length = ProductRules.MAX_OPTIONS_JSON)
    public String options;
    public boolean active;
    public long createdAt;
    public long updatedAt;
}
