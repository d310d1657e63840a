package org.offerbridge.platform.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Platform directory data like users and keys, so written in the same transaction as the change. Who changed what in a workspace's users, keys and settings. */
@Entity
@Table(name = "OB_AUDIT")
public class AuditEventEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(nullable = false, length = 36)
    public String tenantId;
    public long occurredAt;
    @Column(length = 80)
    public String actor;
    @Column(length = 60)
    public String action;
    @Column(length = 120)
    public String target;
    @Column(length = 500)
    public String detail;
    @Column(length = 64)
    public String ip;
    @Column(length = 40)
    public String requestId;
}
