package org.offerbridge.quotation.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/**
 * A quote event not yet told to every listener, written in the transaction of the change itself: a crash between the
 * commit and the telling loses nothing, since {@link QuoteEventDispatch} tells what is left here again.
 */
@Entity
@Table(name = "OB_QUOTE_EVENT_OUTBOX", indexes = @Index(name = "OB_QUOTE_EVENT_OUTBOX_DUE", columnList = "NEXTATTEMPTAT"))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class EventOutboxEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(nullable = false, length = 40)
    public String type;
    @Column(name = "QUOTEID", nullable = false, length = 36)
    public String quoteId;
    /** The payload as a JSON object of plain values. */
    @Lob
    @Column(nullable = false)
    public String payload;
    @Column(name = "CREATEDAT")
    public long createdAt;
    /** When the relay may tell it (again): a little after the commit, so the committing thread goes first. */
    @Column(name = "NEXTATTEMPTAT")
    public long nextAttemptAt;
    public int attempts;
}
