package org.offerbridge.systemmessages.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/** One problem the system found for a tenant. */
@Entity
@Table(name = "OB_SYSTEM_MESSAGE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class SystemMessageEntity {
    /** Sortable: zero-padded creation millis followed by a random suffix. */
    @Id
    @Column(length = 60)
    public String id;
    @Column(nullable = false, length = 10)
    public String severity;
    @Column(nullable = false, length = 40)
    public String source;
    @Column(nullable = false, length = 2000)
    public String message;
    public long createdAt;
    public long clearedAt;
    @Column(length = 80)
    public String clearedBy;
}
