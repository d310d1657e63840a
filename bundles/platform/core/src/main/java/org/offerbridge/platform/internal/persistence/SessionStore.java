package org.offerbridge.platform.internal.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.offerbridge.platform.api.TenantAdministration.DeviceSignal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Login bookkeeping: failed-attempt counters, sessions and login events with device signals.
 * <p>
 * A raw {@link JpaTemplate} on purpose, not {@code TenantTransactions}: sessions are found by token before any tenant
 * is bound, and this class is the one place that filters sessions and login events by tenant id.
 */
@Component(service = SessionStore.class)
public class SessionStore {
    private final JpaTemplate jpa;

    @Activate
    public SessionStore(@Reference(target = PlatformUnit.TARGET) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** Records a failed password for a user and locks the account after {@code maxFailures}. */
    public void recordFailure(String userId, int maxFailures, long lockMillis) {
        jpa.tx(TransactionType.Required, em -> {
            UserEntity u = em.find(UserEntity.class, userId);
            if (u == null) {
                return;
            }
            u.failedLogins++;
            if (u.failedLogins >= maxFailures) {
                u.lockedUntil = System.currentTimeMillis() + lockMillis;
                u.failedLogins = 0;
            }
        });
    }

    /** Opens a session for a successful login; also resets the failure counter and may store a rehash. */
    public void openSession(String userId, String tenantId, String tokenHash, long expiresAt, String newPasswordHash) {
        jpa.tx(TransactionType.Required, em -> {
            UserEntity u = em.find(UserEntity.class, userId);
            u.failedLogins = 0;
            u.lockedUntil = 0;
            u.lastLoginAt = System.currentTimeMillis();
            if (newPasswordHash != null) {
                u.passwordHash = newPasswordHash;
            }
            SessionEntity s = new SessionEntity();
            s.tokenHash = tokenHash;
            s.tenantId = tenantId;
            s.userId = userId;
            s.createdAt = System.currentTimeMillis();
            s.expiresAt = expiresAt;
            em.persist(s);
        });
    }

    public Optional<SessionEntity> activeSession(String tokenHash) {
        long now = System.currentTimeMillis();
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> {
            SessionEntity s = em.find(SessionEntity.class, tokenHash);
            return s != null && s.revokedAt == 0 && s.expiresAt > now ? s : null;
        }));
    }

    public void revokeSession(String tokenHash) {
        jpa.tx(TransactionType.Required, em -> {
            SessionEntity s = em.find(SessionEntity.class, tokenHash);
            if (s != null && s.revokedAt == 0) {
                s.revokedAt = System.currentTimeMillis();
            }
        });
    }

    public void recordLoginEvent(LoginEventEntity e) {
        e.id = UUID.randomUUID().toString();
        e.occurredAt = System.currentTimeMillis();
        jpa.tx(TransactionType.Required, em -> em.persist(e));
    }

    /** Login events of one tenant, newest first (the workspace's own security log). */
    public List<LoginEventEntity> loginEvents(String tenantId, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select e from LoginEventEntity e where e.tenantId = :t order by e.occurredAt desc", LoginEventEntity.class)
                .setParameter("t", tenantId).setMaxResults(limit).getResultList());
    }

    /** Devices that logged in successfully to more than one account (operator review signal). */
    public List<DeviceSignal> sharedDevices(int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Object[]> devices = em.createQuery(
                    "select e.deviceHash, min(e.occurredAt), max(e.occurredAt) from LoginEventEntity e where e.success = true and e.deviceHash is not null "
                            + "group by e.deviceHash having count(distinct e.userId) > 1 order by max(e.occurredAt) desc", Object[].class)
                    .setMaxResults(limit).getResultList();
            if (devices.isEmpty()) {
                return List.of();
            }
            // The accounts of all those devices in one query, grouped here.
            Map<Object, List<String>> accounts = em.createQuery(
                    "select distinct e.deviceHash, e.tenantId, e.email from LoginEventEntity e where e.success = true and e.deviceHash in :d",
                    Object[].class).setParameter("d", devices.stream().map(r -> r[0]).toList()).getResultList().stream()
                    .collect(Collectors.groupingBy(a -> a[0], Collectors.mapping(a -> a[1] + "/" + a[2], Collectors.toList())));
            return devices.stream().map(r -> new DeviceSignal((String) r[0], accounts.get(r[0]).stream().sorted().toList(),
                    Instant.ofEpochMilli(((Number) r[1]).longValue()), Instant.ofEpochMilli(((Number) r[2]).longValue()))).toList();
        });
    }
}
