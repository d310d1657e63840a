package org.offerbridge.rfqform.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/**
 * One accepted submission, by its reference (the customer's and the webform message's provider id): what the daily cap
 * counts, and what the seller's notification and the retention purge (later parts) start from. The message itself, its
 * files and the request live in the channels and parser capabilities.
 */
@Entity
@Table(name = "OB_RFQ_SUBMISSION", indexes = @Index(name = "OB_RFQ_SUBMISSION_DAY_IX", columnList = "DAY_UTC"))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class SubmissionEntity {
    @Id
    @Column(name = "REFERENCE", length = 40)
    public String reference;
    @Column(name = "CREATED_AT", nullable = false)
    public long createdAt;
    @Column(name = "DAY_UTC", nullable = false, length = 10)
    public String day;
    @Column(name = "CHANNEL_ID", length = 64)
    public String channelId;
    @Column(name = "LANGUAGE", length = 5)
    public String language;
    @Column(name = "CONTACT_NAME", length = 200)
    public String name;
    @Column(name = "CONTACT_EMAIL", length = 254)
    public String email;
    /** The submission as JSON (contact, items, message; file names), for the seller's notification. */
    @Lob
    @Column(name = "BODY")
    public String body;
    /** The seller's notification as sent ({@code offerbridge.rfq/1} JSON), null until it went out; purged with the row. */
    @Lob
    @Column(name = "NOTICE")
    public String notice;
    @Column(name = "NOTIFIED_AT")
    public Long notifiedAt;
}
