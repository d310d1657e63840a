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
import org.offerbridge.quotation.api.QuoteStatus;

/** A quote row (one per revision). Totals are stored so lists need no lines; the tax breakdown is JSON. */
@Entity
@Table(name = "OB_QUOTE", indexes = {
        // newest-first keyset pages, with and without a status filter
        @Index(name = "OB_QUOTE_TENANT_CREATED", columnList = TenantColumn.NAME + ", CREATEDAT, ID"),
        @Index(name = "OB_QUOTE_TENANT_STATUS", columnList = TenantColumn.NAME + ", STATUS, CREATEDAT, ID")})
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class QuoteEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(nullable = false, length = 64)
    public String number;
    @Column(nullable = false, length = 60)
    public String baseNumber;
    public int revision;
    @Column(nullable = false, length = 16)
    public String status;
    @Column(length = 36)
    public String customerId;
    @Column(nullable = false, length = 200)
    public String customerName;
    @Column(length = 254)
    public String customerEmail;
    @Column(length = 40)
    public String customerPhone;
    @Column(length = 35)
    public String locale;
    @Column(nullable = false, length = 3)
    public String currency;
    public boolean pricesIncludeTax;
    /** Epoch day of the last valid day. */
    public long validUntil;
    @Column(precision = 19, scale = 4)
    public BigDecimal net;
    @Column(precision = 19, scale = 4)
    public BigDecimal discount;
    @Column(precision = 19, scale = 4)
    public BigDecimal tax;
    @Column(precision = 19, scale = 4)
    public BigDecimal gross;
    @Column(length = 2000)
    public String taxesJson;
    @Column(precision = 7, scale = 4)
    public BigDecimal maxDiscountPercent;
    public boolean approvalRequired;
    @Column(length = 80)
    public String approvedBy;
    public Long approvedAt;
    @Column(length = 36)
    public String previousId;
    @Column(length = 36)
    public String supersededById;
    /** Intake request ids are longer than UUIDs (time-ordered). */
    @Column(length = 80)
    public String requestId;
    @Column(length = 36)
    public String orderId;
    /** The seller's company name when the quote was sent: the public page shows it without reading workspace data. */
    @Column(length = 200)
    public String sellerName;
    /** The seller's address, tax id and phone as they were when the quote was sent: a sent quote's document is frozen. */
    @Column(length = 500)
    public String sellerAddress;
    @Column(length = 60)
    public String sellerTaxId;
    @Column(length = 40)
    public String sellerPhone;
    @Column(length = 200)
    public String acceptedName;
    @Column(length = 1000)
    public String rejectionReason;
    @Column(length = 80)
    public String createdBy;
    @Column(name = "CREATEDAT")
    public long createdAt;
    public long updatedAt;
    public Long sentAt;
    public Long viewedAt;
    public Long decidedAt;

    /**
     * The next revision of this quote as a new draft: same customer, language, currency, totals and approval need,
     * numbered after the base number, valid at least until {@code today}. Nothing of the old one's sending or decision
     * carries over. The caller persists it, copies the lines and marks this one superseded.
     */
    QuoteEntity revision(String newId, String actor, long now, long today) {
        QuoteEntity q = new QuoteEntity();
        q.id = newId;
        q.baseNumber = baseNumber;
        q.revision = revision + 1;
        q.number = baseNumber + "-R" + q.revision;
        q.status = QuoteStatus.DRAFT.id();
        q.customerId = customerId;
        q.customerName = customerName;
        q.customerEmail = customerEmail;
        q.customerPhone = customerPhone;
        q.locale = locale;
        q.currency = currency;
        q.pricesIncludeTax = pricesIncludeTax;
        q.validUntil = Math.max(validUntil, today);
        q.net = net;
        q.discount = discount;
        q.tax = tax;
        q.gross = gross;
        q.taxesJson = taxesJson;
        q.maxDiscountPercent = maxDiscountPercent;
        q.approvalRequired = approvalRequired;
        q.previousId = id;
        q.requestId = requestId;
        q.createdBy = actor;
        q.createdAt = now;
        q.updatedAt = now;
        return q;
    }
}
