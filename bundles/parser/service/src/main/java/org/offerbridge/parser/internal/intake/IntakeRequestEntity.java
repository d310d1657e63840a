package org.offerbridge.parser.internal.intake;

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

/** An inbound request exactly as received; stored before anything is done with it. */
@Entity
@Table(name = "OB_INTAKE_REQUEST", indexes = {@Index(name = "OB_INTAKE_STATUS", columnList = "STATUS"),
    @Index(name = "OB_INTAKE_CONVERSATION", columnList = "CONVERSATIONID")})
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class IntakeRequestEntity {
    /** Sortable: zero-padded receive millis and a random suffix. */
    @Id
    @Column(length = 60)
    public String id;
    @Column(nullable = false, length = 20)
    public String channel;
    @Column(length = 200)
    public String senderName;
    @Column(length = 254)
    public String senderEmail;
    @Column(length = 40)
    public String senderPhone;
    @Lob
    @Column(nullable = false)
    public String text;
    /** Attachment metadata as received (JSON array of name, contentType, size). */
    @Lob
    public String attachments;
    /** The products the sender chose (JSON array of sku, quantity, options), or null: they are proposed again on every parse. */
    @Lob
    public String items;
    @Column(nullable = false, length = 12)
    public String status;
    @Column(length = 500)
    public String failure;
    @Column(length = 12)
    public String language;
    @Column(length = 36)
    public String customerId;
    /** The draft quote made when the request was confirmed, or null. */
    @Column(length = 36)
    public String quoteId;
    /** The channels capability's conversation the request came from, or null. */
    @Column(length = 60)
    public String conversationId;
    /** Which parser made the proposal: builtin or llm. */
    @Column(length = 12)
    public String parser;
    public long receivedAt;
    public long parsedAt;
}
