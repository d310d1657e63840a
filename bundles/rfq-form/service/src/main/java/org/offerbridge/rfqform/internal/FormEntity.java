package org.offerbridge.rfqform.internal;

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
 * A workspace's form: one row per workspace, its id the workspace's id (so two first saves at once cannot make two).
 * {@code FORM_TOKEN} names the form in its public URL (random, unique, not a credential: the URL is published on the
 * seller's website); the signing key of the anti-abuse form tokens is stored sealed with the node key.
 */
@Entity
@Table(name = "OB_RFQ_FORM", indexes = @Index(name = "OB_RFQ_FORM_TOKEN_UQ", columnList = "FORM_TOKEN", unique = true))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class FormEntity {
    @Id
    @Column(name = "ID", length = 64)
    public String id;
    @Column(name = "FORM_TOKEN", nullable = false, length = 64)
    public String formToken;
    @Column(name = "SIGNING_KEY", nullable = false, length = 400)
    public String signingKeySealed;
    @Column(name = "ENABLED")
    public boolean enabled;
    @Column(name = "NOTIFY")
    public boolean notifySeller;
    /** JSON array of addresses. */
    @Column(name = "RECIPIENTS", length = 6000)
    public String recipients;
    @Column(name = "BUTTON_LABEL", length = 100)
    public String buttonLabel;
    @Lob
    @Column(name = "CUSTOMER_TEXT")
    public String customerText;
    @Column(name = "RETENTION_DAYS")
    public int retentionDays;
    /** JSON array of SKUs; null: every active product. */
    @Lob
    @Column(name = "PRODUCTS")
    public String products;
    /** JSON array of field names. */
    @Column(name = "REQUIRED_FIELDS", length = 200)
    public String requiredFields;
    @Lob
    @Column(name = "THANK_YOU_TEXT")
    public String thankYouText;
    /** JSON array of language codes, the default first. */
    @Column(name = "LANGUAGES", length = 100)
    public String languages;
    /** The workspace's webform channel; null until the form was first enabled. */
    @Column(name = "CHANNEL_ID", length = 64)
    public String channelId;
    /** The UTC day (yyyy-MM-dd) on which the daily cap was last reached and told: told once a day. */
    @Column(name = "CAP_TOLD_DAY", length = 10)
    public String capToldDay;
    @Column(name = "UPDATED_AT")
    public long updatedAt;
    @Version
    @Column(name = "VERSION")
    public int version;
}
