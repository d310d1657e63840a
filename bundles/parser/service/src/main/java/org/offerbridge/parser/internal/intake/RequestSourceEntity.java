package org.offerbridge.parser.internal.intake;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/**
 * Which request a message from another capability went into (e.g. {@code channels:<message id>}), written in the same
 * transaction as the request or the follow-up it made: the key is unique, so the same message taken again — work run a
 * second time after a crash — finds its request instead of making another.
 */
@Entity
@Table(name = "OB_INTAKE_SOURCE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class RequestSourceEntity {
    @Id
    @Column(length = 100)
    public String sourceKey;
    @Column(nullable = false, length = 60)
    public String requestId;
    @Column(nullable = false)
    public long createdAt;
}
