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

/**
 * One email, phone or messenger handle of a card. A child row rather than a list in the card so search and
 * contact matching are queries: {@code searchKey} is the lower-cased email or handle, or a phone's digits.
 */
@Entity
@Table(name = "OB_CUSTOMER_CONTACT", indexes = {
    @Index(name = "OB_CUSTOMER_CONTACT_CUST_IX", columnList = "CUSTOMER_ID"),
    @Index(name = "OB_CUSTOMER_CONTACT_KEY_IX", columnList = "SEARCH_KEY")})
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class CustomerContactEntity {
    public enum Kind { EMAIL, PHONE, HANDLE }

    @Id
    @Column(name = "ID", length = 36)
    public String id;
    @Column(name = "CUSTOMER_ID", nullable = false, length = 36)
    public String customerId;
    @Column(name = "CONTACT_KIND", nullable = false, length = 10)
    public String kind;
    /** Messenger channel for handles; null for emails and phones. */
    @Column(name = "CHANNEL", length = CustomerRules.MAX_CHANNEL)
    public String channel;
    @Column(name = "CONTACT_VALUE", nullable = false, length = CustomerRules.MAX_CONTACT)
    public String contactValue;
    @Column(name = "SEARCH_KEY", nullable = false, length = CustomerRules.MAX_CONTACT)
    public String searchKey;
    /** Keeps the order the caller gave. */
    @Column(name = "SORT_ORDER")
    public int sortOrder;
}
