package org.offerbridge.platform.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** An integration API key. Only the SHA-256 of its secret is stored; the key is shown once. */
@Entity
@Table(name = "OB_API_KEY")
public class ApiKeyEntity {
    /** Public part of the key, also its lookup id. */
    @Id
    @Column(length = 32)
    public String id;
    @Column(nullable = false, length = 36)
    public String tenantId;
    @Column(nullable = false, length = 100)
    public String name;
    @Column(nullable = false, length = 64)
    public String secretHash;
    @Column(nullable = false, length = 10)
    public String role;
    @Column(length = 80)
    public String createdBy;
    public long createdAt;
    public long revokedAt;
    public long lastUsedAt;
}
