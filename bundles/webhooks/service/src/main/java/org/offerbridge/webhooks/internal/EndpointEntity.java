package org.offerbridge.webhooks.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/** One URL a tenant registered, with the events it wants and its signing secret (encrypted). */
@Entity
@Table(name = "OB_WEBHOOK_ENDPOINT")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class EndpointEntity {
    /** Time-ordered ({@link Ids}), so the list pages by id alone. */
    @Id
    @Column(name = "ID", length = Ids.LENGTH)
    public String id;
    @Column(name = "URL", nullable = false, length = EndpointRules.MAX_URL)
    public String url;
    /** Subscribed event types, comma-separated. */
    @Column(name = "EVENTS", nullable = false, length = 1000)
    public String events;
    @Column(name = "DESCRIPTION", length = EndpointRules.MAX_DESCRIPTION)
    public String description;
    @Column(name = "ENABLED")
    public boolean enabled;
    /** Why the system switched it off (410 Gone, repeated failures); null when enabled or switched off by staff. */
    @Column(name = "DISABLED_REASON", length = 300)
    public String disabledReason;
    /** The whsec_ secret, sealed by the platform's SecretCipher: it is needed in clear to sign. */
    @Column(name = "SECRET_SEALED", nullable = false, length = 400)
    public String secretSealed;
    /** Messages in a row that ended failed; reset by any delivered message. */
    @Column(name = "FAILED_IN_A_ROW")
    public int failedInARow;
    @Column(name = "CREATED_AT")
    public long createdAt;
    @Column(name = "UPDATED_AT")
    public long updatedAt;
}
