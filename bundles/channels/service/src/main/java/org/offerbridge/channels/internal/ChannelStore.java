package org.offerbridge.channels.internal;

import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.channels.api.Channel;
import org.offerbridge.channels.api.Message;
import org.offerbridge.channels.internal.attachments.AttachmentEntity;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.persistence.TenantRow;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Channel rows of the bound tenant (or of a named tenant, for background work and inbound calls). Deletes go entity by
 * entity: bulk JPQL may skip the tenant column (EclipseLink #1333).
 */
@Component(service = ChannelStore.class)
public class ChannelStore {
    private static final String BY_TOKEN = "SELECT TENANT_ID FROM OB_CHANNEL WHERE TOKEN_HASH = ?1";
    private static final String BY_ID = "SELECT TENANT_ID FROM OB_CHANNEL WHERE ID = ?1";
    private static final String ALL = "SELECT ID, TENANT_ID FROM OB_CHANNEL ORDER BY TENANT_ID, ID";
    private static final String OF_KIND = "SELECT ID, TENANT_ID FROM OB_CHANNEL WHERE KIND = ?1 ORDER BY TENANT_ID, ID";

    private final TenantTransactions tx;
    private final RequestContext context;
    private final InboundChannelCache inbound = new InboundChannelCache(System::currentTimeMillis);

    @Activate
    public ChannelStore(@Reference(target = "(osgi.unit.name=offerbridge-channels)") JpaTemplate jpa, @Reference RequestContext context) {
        this.tx = new TenantTransactions(jpa, context);
        this.context = context;
    }

    TenantTransactions tx() {
        return tx;
    }

    /** The new channel's row as given, its provider account claimed in the same transaction: 409 when another has it. */
    StoredChannel create(ChannelEntity e) {
        String tenant = context.require().tenantId();
        return tx.call(em -> {
            if (e.accountKey != null) {
                String account = e.kind + ":" + e.accountKey;
                AccountEntity taken = em.find(AccountEntity.class, account);
                if (taken != null) {
                    throw accountTaken();
                }
                AccountEntity a = new AccountEntity();
                a.account = account;
                a.tenantId = tenant;
                a.channelId = e.id;
                em.persist(a);
            }
            em.persist(e);
            return StoredChannel.of(tenant, e);
        });
    }

    static ProblemException accountTaken() {
        return new ProblemException(409, "channel-account-taken", "Channel account taken",
                "This provider account is already connected in another workspace; disconnect it there first", "settings")
                .withMessage("channels.accountTaken");
    }

    Optional<StoredChannel> find(String id) {
        String tenant = context.require().tenantId();
        return tx.call(em -> Optional.ofNullable(em.find(ChannelEntity.class, id)).map(e -> StoredChannel.of(tenant, e)));
    }

    Optional<StoredChannel> findAs(String tenantId, String id) {
        return tx.callAs(tenantId, em -> Optional.ofNullable(em.find(ChannelEntity.class, id)).map(e -> StoredChannel.of(tenantId, e)));
    }

    /** The channel an inbound token opens, across tenants: a hash lookup, then the row read as its tenant. */
    Optional<StoredChannel> byTokenHash(String tokenHash) {
        return inbound.get(tokenHash, this::loadByTokenHash);
    }

    private Optional<StoredChannel> loadByTokenHash(String tokenHash) {
        List<String> tenants = tx.tenantsMatching(BY_TOKEN, tokenHash);
        if (tenants.size() != 1) {
            return Optional.empty();
        }
        String tenant = tenants.get(0);
        return tx.callAs(tenant, em -> em.createQuery("select c from ChannelEntity c where c.tokenHash = :h", ChannelEntity.class)
                .setParameter("h", tokenHash).getResultList().stream().findFirst().map(e -> StoredChannel.of(tenant, e)));
    }

    List<StoredChannel> list(String afterId, int limit) {
        String tenant = context.require().tenantId();
        return tx.call(em -> page(em, afterId, limit).stream().map(e -> StoredChannel.of(tenant, e)).toList());
    }

    /** One channel of any tenant by its id, for the operator's shell: the tenant looked up, then the row read as it. */
    Optional<StoredChannel> findInAnyTenant(String id) {
        List<String> tenants = tx.tenantsMatching(BY_ID, id);
        return tenants.size() == 1 ? findAs(tenants.get(0), id) : Optional.empty();
    }

    /** Every tenant's channels as (id, tenant), for the operator's shell. */
    List<TenantRow> everyChannel(int limit) {
        return tx.scanAllTenants(ALL, limit);
    }

    /** Every tenant's channels of one kind as (id, tenant), for a kind that reads its inbound. */
    List<TenantRow> everyChannelOf(String kind, int limit) {
        return tx.scanAllTenants(OF_KIND, limit, kind);
    }

    /** A reading kind's saved position on the channel. */
    Optional<String> mark(String tenantId, String id) {
        return tx.callAs(tenantId, em -> Optional.ofNullable(em.find(ChannelEntity.class, id)).map(e -> e.inboundMark));
    }

    void saveMark(String tenantId, String id, String mark) {
        tx.callAs(tenantId, em -> {
            ChannelEntity e = em.find(ChannelEntity.class, id);
            if (e != null) {
                e.inboundMark = mark;
            }
            return null;
        });
    }

    List<StoredChannel> listAs(String tenantId, int limit) {
        return tx.callAs(tenantId, em -> page(em, null, limit).stream().map(e -> StoredChannel.of(tenantId, e)).toList());
    }

    private static List<ChannelEntity> page(EntityManager em, String afterId, int limit) {
        TypedQuery<ChannelEntity> q = em.createQuery("select c from ChannelEntity c" + (afterId == null ? "" : " where c.id > :after")
                + " order by c.id", ChannelEntity.class).setMaxResults(limit);
        if (afterId != null) {
            q.setParameter("after", afterId);
        }
        return q.getResultList();
    }

    long count() {
        return tx.call(em -> em.createQuery("select count(c) from ChannelEntity c", Long.class).getSingleResult());
    }

    /** Name, settings and plan as given (null leaves them); the account moves with the settings. */
    Optional<StoredChannel> update(String id, String name, String settingsJson, String secretsSealed, String accountKey, String planId) {
        String tenant = context.require().tenantId();
        try {
            return updateIn(tenant, id, name, settingsJson, secretsSealed, accountKey, planId);
        } finally {
            inbound.forget(id);
        }
    }

    private Optional<StoredChannel> updateIn(String tenant, String id, String name, String settingsJson, String secretsSealed,
            String accountKey, String planId) {
        return tx.call(em -> {
            ChannelEntity e = em.find(ChannelEntity.class, id);
            if (e == null) {
                return Optional.<StoredChannel>empty();
            }
            if (settingsJson != null && !java.util.Objects.equals(accountKey, e.accountKey)) {
                releaseAccount(em, e);
                if (accountKey != null) {
                    String account = e.kind + ":" + accountKey;
                    if (em.find(AccountEntity.class, account) != null) {
                        throw accountTaken();
                    }
                    AccountEntity a = new AccountEntity();
                    a.account = account;
                    a.tenantId = tenant;
                    a.channelId = e.id;
                    em.persist(a);
                }
                e.accountKey = accountKey;
            }
            if (name != null) {
                e.name = name;
            }
            if (settingsJson != null) {
                e.settings = settingsJson;
                e.secretsSealed = secretsSealed;
            }
            if (planId != null) {
                e.planId = planId;
            }
            e.updatedAt = System.currentTimeMillis();
            return Optional.of(StoredChannel.of(tenant, e));
        });
    }

    /**
     * Records the outcome of connecting; {@code secretsSealed} replaces the secrets when not null. Returns the channel as
     * stored now (empty when it was deleted meanwhile).
     */
    Optional<StoredChannel> connected(String tenantId, String id, boolean ok, String reason, String secretsSealed) {
        try {
            return connectedIn(tenantId, id, ok, reason, secretsSealed);
        } finally {
            inbound.forget(id);
        }
    }

    private Optional<StoredChannel> connectedIn(String tenantId, String id, boolean ok, String reason, String secretsSealed) {
        return tx.callAs(tenantId, em -> {
            ChannelEntity e = em.find(ChannelEntity.class, id);
            if (e != null) {
                e.status = ok ? Channel.CONNECTED : Channel.NEEDS_ATTENTION;
                e.statusReason = ok ? null : ChannelRules.reason(reason);
                if (secretsSealed != null) {
                    e.secretsSealed = secretsSealed;
                }
                e.updatedAt = System.currentTimeMillis();
                return Optional.of(StoredChannel.of(tenantId, e));
            }
            return Optional.<StoredChannel>empty();
        });
    }

    /** A send that will not heal: the channel needs attention, with the reason. */
    void needsAttention(EntityManager em, String channelId, String reason) {
        ChannelEntity e = em.find(ChannelEntity.class, channelId);
        if (e != null) {
            e.status = Channel.NEEDS_ATTENTION;
            e.statusReason = ChannelRules.reason(reason);
            e.lastError = ChannelRules.reason(reason);
        }
    }

    /**
     * Deletes the channel, its conversations, messages, attachments and work, and frees its account; answers the file
     * store ids of the attachments, for the caller to delete once this committed, or empty when there is no channel.
     */
    Optional<List<String>> delete(String id) {
        try {
            return deleteIn(id);
        } finally {
            inbound.forget(id);
        }
    }

    private Optional<List<String>> deleteIn(String id) {
        return tx.call(em -> {
            ChannelEntity e = em.find(ChannelEntity.class, id);
            if (e == null) {
                return Optional.<List<String>>empty();
            }
            List<String> files = new java.util.ArrayList<>();
            for (AttachmentEntity a : em.createQuery("select a from AttachmentEntity a where a.conversationId in"
                    + " (select c.id from ConversationEntity c where c.channelId = :c)", AttachmentEntity.class).setParameter("c", id)
                    .getResultList()) {
                if (a.fileId != null) {
                    files.add(a.fileId);
                }
                em.remove(a);
            }
            for (Class<?> type : List.of(WorkEntity.class, MessageEntity.class, ConversationEntity.class)) {
                em.createQuery("select x from " + type.getSimpleName() + " x where x.channelId = :c", type).setParameter("c", id)
                        .getResultList().forEach(em::remove);
            }
            releaseAccount(em, e);
            em.remove(e);
            return Optional.of(files);
        });
    }

    /** Messages' provider ids per query: Derby takes long IN lists, but not without limit. */
    private static final int PURGE_CHUNK = 200;

    /**
     * Deletes the channel's inbound messages with these provider ids, their attachment rows and work, and the
     * conversations left without messages, in one transaction of {@code tenantId}; answers what went, with the file
     * store ids of the attachments for the caller to delete once this committed.
     */
    Purge purge(String tenantId, String channelId, java.util.Collection<String> providerIds) {
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(providerIds));
        return tx.callAs(tenantId, em -> {
            List<String> files = new java.util.ArrayList<>();
            java.util.Set<String> conversations = new java.util.LinkedHashSet<>();
            java.util.Set<String> requests = new java.util.LinkedHashSet<>();
            int messages = 0;
            for (int from = 0; from < ids.size(); from += PURGE_CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + PURGE_CHUNK));
                for (MessageEntity m : em.createQuery("select m from MessageEntity m where m.channelId = :c and m.direction = :d"
                        + " and m.providerMessageId in :p", MessageEntity.class).setParameter("c", channelId).setParameter("d", Message.IN)
                        .setParameter("p", chunk).getResultList()) {
                    for (AttachmentEntity a : em.createQuery("select a from AttachmentEntity a where a.messageId = :m", AttachmentEntity.class)
                            .setParameter("m", m.id).getResultList()) {
                        if (a.fileId != null) {
                            files.add(a.fileId);
                        }
                        em.remove(a);
                    }
                    em.createQuery("select w from WorkEntity w where w.messageId = :m", WorkEntity.class).setParameter("m", m.id)
                            .getResultList().forEach(em::remove);
                    conversations.add(m.conversationId);
                    if (m.requestId != null) {
                        requests.add(m.requestId);
                    }
                    em.remove(m);
                    messages++;
                }
            }
            em.flush();
            int emptied = 0;
            for (String c : conversations) {
                long left = em.createQuery("select count(m) from MessageEntity m where m.conversationId = :c", Long.class).setParameter("c", c)
                        .getSingleResult();
                ConversationEntity e = left == 0 ? em.find(ConversationEntity.class, c) : null;
                if (e != null) {
                    em.remove(e);
                    emptied++;
                }
            }
            List<String> unreferenced = new java.util.ArrayList<>();
            for (String r : requests) {
                long left = em.createQuery("select count(m) from MessageEntity m where m.requestId = :r", Long.class).setParameter("r", r)
                        .getSingleResult();
                if (left == 0) {
                    unreferenced.add(r);
                }
            }
            return new Purge(messages, files, emptied, unreferenced);
        });
    }

    /** What {@link #purge} removed, and the files to delete once it committed. */
    record Purge(int messages, List<String> fileIds, int conversations, List<String> requestIds) {
    }

    private static void releaseAccount(EntityManager em, ChannelEntity e) {
        if (e.accountKey != null) {
            AccountEntity a = em.find(AccountEntity.class, e.kind + ":" + e.accountKey);
            if (a != null && a.channelId.equals(e.id)) {
                em.remove(a);
            }
        }
    }
}
