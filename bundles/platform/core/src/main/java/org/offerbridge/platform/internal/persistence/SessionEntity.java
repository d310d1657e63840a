package org.offerbridge.platform.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A staff login session; the bearer token is stored hashed. */
@Entity
@Table(name = "OB_SESSION")
public class SessionEntity {
    /** SHA-256 of the token. */
    @Id
    @Column(length = 64)
    public String tokenHash;
    @Column(nullable = false, length = 36)
    public String tenantId;
    @Column(nullable = false, length = 36)
    public String userId;
    public long createdAt;
    public long expiresAt;
    public long revokedAt;
}
