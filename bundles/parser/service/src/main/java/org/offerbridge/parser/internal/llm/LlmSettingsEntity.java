package org.offerbridge.parser.internal.llm;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/** A tenant's own LLM provider setting: at most one row per tenant, overriding the server-wide one. */
@Entity
@Table(name = "OB_PARSER_LLM")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class LlmSettingsEntity {
    /** The tenant id again: the table's key must be unique across tenants. */
    @Id
    @Column(length = TenantColumn.LENGTH)
    public String id;
    public boolean enabled;
    @Column(length = 500)
    public String baseUrl;
    @Column(length = 200)
    public String model;
    /** Encrypted with the node's SecretCipher; null when no key is set. */
    @Column(length = 2000)
    public String apiKeySealed;
    public int timeoutMillis;
    public long updatedAt;
    @Column(length = 80)
    public String updatedBy;
}
