package org.offerbridge.channels.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Which workspace a provider account (kind and account key) is connected in: deliberately NOT multitenant, since its
 * primary key is what makes an account unique across workspaces. Only ever read by key; never listed or shown.
 */
@Entity
@Table(name = "OB_CHANNEL_ACCOUNT")
public class AccountEntity {
    /** {@code kind:accountKey}. */
    @Id
    @Column(name = "ACCOUNT", length = 330)
    public String account;
    @Column(name = "OWNER_TENANT", nullable = false, length = 64)
    public String tenantId;
    @Column(name = "CHANNEL_ID", nullable = false, length = Ids.LENGTH)
    public String channelId;
}
