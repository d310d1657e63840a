package org.offerbridge.quotation.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/**
 * The next number of a tenant's sequence in one scope (e.g. "quote:Q-2026-{seq:5}"). Incremented under a row lock in
 * the same transaction as the insert it numbers: a rolled-back insert rolls the counter back, so numbers have no gaps.
 */
@Entity
@Table(name = "OB_NUMBER_COUNTER")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class NumberCounterEntity {
    /** tenant id + "|" + scope, because the primary key alone must be unique across tenants. */
    @Id
    @Column(length = 120)
    public String id;
    @Column(name = "LASTVALUE")
    public long last;
}
