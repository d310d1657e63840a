package org.offerbridge.customers.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/** A note on a customer card. */
@Entity
@Table(name = "OB_CUSTOMER_NOTE", indexes = @Index(name = "OB_CUSTOMER_NOTE_CUST_IX", columnList = "CUSTOMER_ID,ID"))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class CustomerNoteEntity {
    /** Sortable: zero-padded creation millis followed by a random suffix. */
    @Id
    @Column(name = "ID", length = 60)
    public String id;
    @Column(name = "CUSTOMER_ID", nullable = false, length = 36)
    public String customerId;
    @Column(name = "NOTE_TEXT", nullable = false, length = CustomerRules.MAX_NOTE)
    public String noteText;
    /** The actor label ("user:ID" or "apikey:ID") of who wrote it. */
    @Column(name = "AUTHOR", nullable = false, length = 80)
    public String author;
    @Column(name = "CREATED_AT")
    public long createdAt;
}
