package org.offerbridge.channels.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/** One thread with one contact on one channel: unique per (channel, thread key). */
@Entity
@Table(name = "OB_CONVERSATION", indexes = {@Index(name = "OB_CONVERSATION_THREAD_UQ", columnList = "CHANNEL_ID,THREAD_KEY", unique = true),
    @Index(name = "OB_CONVERSATION_LAST_IX", columnList = "LAST_KEY")})
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class ConversationEntity {
    @Id
    @Column(name = "ID", length = Ids.LENGTH)
    public String id;
    @Column(name = "CHANNEL_ID", nullable = false, length = Ids.LENGTH)
    public String channelId;
    @Column(name = "THREAD_KEY", nullable = false, length = 300)
    public String threadKey;
    @Column(name = "CONTACT_NAME", length = 200)
    public String contactName;
    @Column(name = "CONTACT_HANDLE", length = 200)
    public String contactHandle;
    @Column(name = "CONTACT_PHONE", length = 40)
    public String contactPhone;
    @Column(name = "CONTACT_EMAIL", length = 254)
    public String contactEmail;
    @Column(name = "CUSTOMER_ID", length = 64)
    public String customerId;
    @Column(name = "OWNER_ID", length = 64)
    public String ownerId;
    @Column(name = "STATE", nullable = false, length = 10)
    public String state;
    @Column(name = "UNREAD")
    public boolean unread;
    @Column(name = "LAST_MESSAGE_AT")
    public long lastMessageAt;
    /** Sort and page key, newest activity last in index order: the last message's time and the id. */
    @Column(name = "LAST_KEY", length = 80)
    public String lastKey;
    /** Who wrote last: {@code in} (the contact: unanswered) or {@code out}. */
    @Column(name = "LAST_DIRECTION", length = 3)
    public String lastDirection;
    /** Tag names between commas, {@code ,a,b,}, so one tag is matched with LIKE '%,a,%'. */
    @Column(name = "TAGS", length = 1000)
    public String tags;
    @Column(name = "CREATED_AT")
    public long createdAt;
    @Version
    @Column(name = "VERSION")
    public int version;
}
