package org.offerbridge.quotation.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Token hash → tenant, the one table read before a tenant is known (a customer's anonymous request). It says nothing
 * but which tenant to bind; everything else is then read through the tenant-scoped entities.
 */
@Entity
@Table(name = "OB_QUOTE_LINK_INDEX")
public class LinkIndexEntity {
    @Id
    @Column(length = 64)
    public String tokenHash;
    @Column(nullable = false, length = 36)
    public String tenantId;
}
