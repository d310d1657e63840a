package org.offerbridge.parser.internal.intake;

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

/** One line of the draft quotation proposed for a request: a matched product, or an item the catalog lacks. */
@Entity
@Table(name = "OB_PROPOSAL_LINE", indexes = @Index(name = "OB_PROPOSAL_REQUEST", columnList = "REQUESTID"))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class ProposalLineEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(name = "REQUESTID", nullable = false, length = 60)
    public String requestId;
    public int position;
    /** "line" for a catalog product, "unmatched" for an item not in the catalog. */
    @Column(nullable = false, length = 10)
    public String kind;
    @Column(length = 64)
    public String sku;
    @Column(length = 200)
    public String name;
    @Column(precision = 19, scale = 4)
    public BigDecimal quantity;
    @Column(length = 16)
    public String unit;
    @Column(length = 30)
    public String unitPrice;
    @Column(length = 3)
    public String currency;
    public double confidence;
    @Column(length = 500)
    public String source;
    /** Where the line came from in the request's text: "start-end" pairs separated by commas. */
    @Column(length = 400)
    public String spans;
    /** The product's options chosen for the line: a JSON object of name to value, or null for none. */
    @Column(length = 8000)
    public String options;
}
