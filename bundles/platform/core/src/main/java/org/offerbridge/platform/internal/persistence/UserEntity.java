package org.offerbridge.platform.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/** A staff user of one workspace. The same email may belong to users of several workspaces. */
@Entity
@Table(name = "OB_USER", uniqueConstraints = @UniqueConstraint(columnNames = {"TENANTID", "EMAIL"}))
public class UserEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(nullable = false, length = 36)
    public String tenantId;
    @Column(nullable = false, length = 254)
    public String email;
    @Column(length = 200)
    public String displayName;
    @Column(nullable = false, length = 200)
    public String passwordHash;
    @Column(nullable = false, length = 10)
    public String role;
    /** The staff member's admin UI language (a BCP 47 tag), or null to follow the browser. */
    @Column(length = 35)
    public String language;
    /** The staff member's time zone (an IANA id), or null to use the browser's. */
    @Column(length = 64)
    public String timeZone;
    public boolean active;
    public int failedLogins;
    public long lockedUntil;
    public long lastLoginAt;
    public long createdAt;
}
