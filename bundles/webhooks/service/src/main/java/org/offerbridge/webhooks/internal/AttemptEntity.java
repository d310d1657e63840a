package org.offerbridge.webhooks.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/** One HTTP exchange of a delivery, as the delivery log shows it. */
@Entity
@Table(name = "OB_WEBHOOK_ATTEMPT", indexes = @Index(name = "OB_WEBHOOK_ATTEMPT_DELIVERY_IX", columnList = "DELIVERY_ID,ID"))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class AttemptEntity {
    @Id
    @Column(name = "ID", length = Ids.LENGTH)
    public String id;
    @Column(name = "DELIVERY_ID", nullable = false, length = Ids.LENGTH)
    public String deliveryId;
    /** {@code schedule} or {@code replay}. */
    @Column(name = "TRIGGER_KIND", nullable = false, length = 10)
    public String trigger;
    @Column(name = "ATTEMPTED_AT")
    public long attemptedAt;
    @Column(name = "DURATION_MILLIS")
    public long durationMillis;
    /** Null when no HTTP answer came (refused URL, timeout, connection failure). */
    @Column(name = "STATUS_CODE")
    public Integer statusCode;
    @Column(name = "ERROR", length = SendResult.MAX_ERROR)
    public String error;
    @Column(name = "RESPONSE_BODY", length = SendResult.MAX_KEPT_BODY)
    public String responseBody;
}
