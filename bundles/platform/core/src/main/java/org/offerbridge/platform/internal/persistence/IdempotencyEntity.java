package org.offerbridge.platform.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** The first response to a write sent with an Idempotency-Key, replayed for retries. */
@Entity
@Table(name = "OB_IDEMPOTENCY")
public class IdempotencyEntity {
    /** SHA-256 over scope and key: scope is the tenant, or the body hash for anonymous calls. */
    @Id
    @Column(length = 64)
    public String id;
    @Column(nullable = false, length = 64)
    public String requestHash;
    /** True while the first request is still running. */
    public boolean pending;
    public int responseStatus;
    @Column(length = 100)
    public String contentType;
    @Lob
    public String responseBody;
    public long createdAt;
}
