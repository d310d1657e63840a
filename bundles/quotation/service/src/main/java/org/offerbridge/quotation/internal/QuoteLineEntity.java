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

/** A quote line: product, unit, price, discount and tax as they were when the line was priced. */
@Entity
@Table(name = "OB_QUOTE_LINE", indexes = @Index(name = "OB_QUOTE_LINE_QUOTE", columnList = TenantColumn.NAME + ", QUOTEID, POSITION"))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class QuoteLineEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(name = "QUOTEID", nullable = false, length = 36)
    public String quoteId;
    @Column(name = "POSITION")
    public int position;
    @Column(length = 36)
    public String productId;
    @Column(nullable = false, length = 64)
    public String sku;
    @Column(nullable = false, length = 200)
    public String name;
    @Column(nullable = false, length = 16)
    public String unit;
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal quantity;
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal unitPrice;
    @Column(nullable = false, precision = 7, scale = 4)
    public BigDecimal discountPercent;
    @Column(nullable = false, precision = 7, scale = 4)
    public BigDecimal taxRate;
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal lineTotal;
    /** The product's options chosen for the line: a JSON object of name to value in the product's order, or null for none. */
    @Column(length = 8000)
    public String options;

    /** This line's snapshot (product, price, discount, tax) as a line of another quote. */
    QuoteLineEntity copyFor(String otherQuoteId, String newId) {
        QuoteLineEntity c = new QuoteLineEntity();
        c.id = newId;
        c.quoteId = otherQuoteId;
        c.position = position;
        c.productId = productId;
        c.sku = sku;
        c.name = name;
        c.unit = unit;
        c.quantity = quantity;
        c.unitPrice = unitPrice;
        c.discountPercent = discountPercent;
        c.taxRate = taxRate;
        c.lineTotal = lineTotal;
        c.options = options;
        return c;
    }
}
