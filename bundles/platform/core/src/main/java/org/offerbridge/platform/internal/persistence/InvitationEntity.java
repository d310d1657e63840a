package org.offerbridge.platform.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** An invitation to join a workspace; the token is stored hashed and used once. */
@Entity
@Table(name = "OB_INVITATION")
public class InvitationEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(nullable = false, length = 36)
    public String tenantId;
    @Column(nullable = false, length = 254)
    public String email;
    @Column(nullable = false, length = 10)
    public String role;
    @Column(nullable = false, length = 64, unique = true)
    public String tokenHash;
    @Column(length = 80)
    public String invitedBy;
    public long createdAt;
    public long expiresAt;
    public long acceptedAt;
    public long revokedAt;
}
