package org.offerbridge.quotation.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/** One recorded step of a quote, written in the transaction of the step itself. */
@Entity
@Table(name = "OB_QUOTE_EVENT", indexes = @Index(name = "OB_QUOTE_EVENT_QUOTE", columnList = TenantColumn.NAME + ", QUOTEID, OCCURREDAT"))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class TimelineEventEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(name = "QUOTEID", nullable = false, length = 36)
    public String quoteId;
    @Column(name = "OCCURREDAT")
    public long at;
    /** Orders events written within one millisecond. */
    public long seq;
    @Column(nullable = false, length = 40)
    public String type;
    @Column(length = 16)
    public String fromStatus;
    @Column(length = 16)
    public String toStatus;
    @Column(nullable = false, length = 80)
    public String actor;
    @Column(length = 64)
    public String address;
    @Column(length = 300)
    public String userAgent;
    @Column(length = 1000)
    public String detail;
}
