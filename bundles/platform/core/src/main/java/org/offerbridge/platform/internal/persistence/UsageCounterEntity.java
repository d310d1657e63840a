package org.offerbridge.platform.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/** Usage of one metric in one month by one tenant. */
@Entity
@Table(name = "OB_USAGE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class UsageCounterEntity {
    /** tenant:metric:yyyy-MM, unique across tenants. */
    @Id
    @Column(length = 120)
    public String id;
    @Column(nullable = false, length = 40)
    public String metric;
    @Column(nullable = false, length = 7)
    public String period;
    public long used;
}
