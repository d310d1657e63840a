package org.offerbridge.catalog.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/** One row per tenant whose counter moves on every catalog change (keyed by the tenant id itself). */
@Entity
@Table(name = "OB_CATALOG_REVISION")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class CatalogRevisionEntity {
    @Id
    @Column(length = 36)
    public String id;
    public long revision;
}
