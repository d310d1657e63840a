package org.offerbridge.platform.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** One login attempt with its device signals. Operator data: read across tenants only by the operator. */
@Entity
@Table(name = "OB_LOGIN_EVENT", indexes = @Index(columnList = "DEVICEHASH"))
public class LoginEventEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(length = 36)
    public String tenantId;
    @Column(length = 36)
    public String userId;
    @Column(length = 254)
    public String email;
    public boolean success;
    @Column(length = 40)
    public String reason;
    @Column(length = 64)
    public String ip;
    @Column(length = 300)
    public String userAgent;
    /** SHA-256 over the device signals (client device id, user agent, accept-language). */
    @Column(length = 64)
    public String deviceHash;
    public long occurredAt;
}
