package org.offerbridge.webhooks.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/**
 * The outbox row: one message for one endpoint, from its publication until it is delivered or given up. The
 * dispatcher finds due rows by (STATUS, NEXT_ATTEMPT_AT) and claims them with CLAIMED_UNTIL under the version
 * check, so two threads or nodes never send the same attempt.
 */
@Entity
@Table(name = "OB_WEBHOOK_DELIVERY", indexes = {
    @Index(name = "OB_WEBHOOK_DELIVERY_DUE_IX", columnList = "STATUS,NEXT_ATTEMPT_AT"),
    @Index(name = "OB_WEBHOOK_DELIVERY_EP_IX", columnList = "ENDPOINT_ID,ID"),
    @Index(name = "OB_WEBHOOK_DELIVERY_MSG_IX", columnList = "MESSAGE_ID")})
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class DeliveryEntity {
    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";

    @Id
    @Column(name = "ID", length = Ids.LENGTH)
    public String id;
    /** The webhook-id header: the same for every attempt (receivers deduplicate by it). */
    @Column(name = "MESSAGE_ID", nullable = false, length = 40)
    public String messageId;
    @Column(name = "ENDPOINT_ID", nullable = false, length = Ids.LENGTH)
    public String endpointId;
    @Column(name = "EVENT_TYPE", nullable = false, length = 60)
    public String eventType;
    /** The exact body sent on every attempt; the signature covers it byte for byte. */
    @Lob
    @Column(name = "PAYLOAD", nullable = false)
    public String payload;
    @Column(name = "STATUS", nullable = false, length = 10)
    public String status;
    /** Every attempt, replays included. */
    @Column(name = "ATTEMPTS")
    public int attempts;
    /** Attempts the schedule made: the position in the retry schedule. */
    @Column(name = "SCHEDULED_ATTEMPTS")
    public int scheduledAttempts;
    /** When the next scheduled attempt is due; 0 once delivered or failed. */
    @Column(name = "NEXT_ATTEMPT_AT")
    public long nextAttemptAt;
    /** A dispatcher owns the row until then; after a crash the claim simply runs out. */
    @Column(name = "CLAIMED_UNTIL")
    public long claimedUntil;
    @Column(name = "LAST_STATUS_CODE")
    public Integer lastStatusCode;
    @Column(name = "LAST_ERROR", length = SendResult.MAX_ERROR)
    public String lastError;
    @Column(name = "CREATED_AT")
    public long createdAt;
    @Column(name = "DELIVERED_AT")
    public Long deliveredAt;
    @Version
    @Column(name = "VERSION")
    public int version;
}
