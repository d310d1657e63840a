package org.offerbridge.customers.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/** One customer card. The *_KEY columns are lower-cased copies, so search is a LIKE query. */
@Entity
@Table(name = "OB_CUSTOMER", indexes = @Index(name = "OB_CUSTOMER_NAME_IX", columnList = "NAME_KEY,ID"))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class CustomerEntity {
    @Id
    @Column(name = "ID", length = 36)
    public String id;
    @Column(name = "NAME", nullable = false, length = CustomerRules.MAX_NAME)
    public String name;
    @Column(name = "NAME_KEY", nullable = false, length = CustomerRules.MAX_NAME)
    public String nameKey;
    @Column(name = "COMPANY", length = CustomerRules.MAX_NAME)
    public String company;
    @Column(name = "COMPANY_KEY", length = CustomerRules.MAX_NAME)
    public String companyKey;
    @Column(name = "CONTACT_PERSON", length = CustomerRules.MAX_NAME)
    public String contactPerson;
    @Column(name = "CONTACT_KEY", length = CustomerRules.MAX_NAME)
    public String contactKey;
    @Column(name = "OWNER_ID", length = 36)
    public String ownerId;
    /** BCP 47, e.g. fr or en-IN; null when unknown. */
    @Column(name = "LANGUAGE", length = CustomerRules.MAX_LANGUAGE)
    public String language;
    @Column(name = "CREATED_AT")
    public long createdAt;
    @Column(name = "UPDATED_AT")
    public long updatedAt;
}
