package org.offerbridge.platform.internal.persistence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.offerbridge.platform.api.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Staff users and invitations of a tenant. Every tenant-facing method filters by the given tenant.
 * <p>
 * A raw {@link JpaTemplate} on purpose, not {@code TenantTransactions}: the directory tables are global (a login names
 * an email before any tenant is known), and this class is the one place that filters {@code OB_USER} and
 * {@code OB_INVITATION} by tenant id.
 */
@Component(service = UserStore.class)
public class UserStore {
    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public UserStore(@Reference(target = PlatformUnit.TARGET) JpaTemplate jpa, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    public List<UserEntity> list(String tenantId, String afterEmail, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select u from UserEntity u where u.tenantId = :t and u.email > :after order by u.email", UserEntity.class)
                .setParameter("t", tenantId).setParameter("after", afterEmail == null ? "" : afterEmail)
                .setMaxResults(limit).getResultList());
    }

    public Optional<UserEntity> find(String tenantId, String userId) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> {
            UserEntity u = em.find(UserEntity.class, userId);
            return u != null && u.tenantId.equals(tenantId) ? u : null;
        }));
    }

    /** Users with this email in any workspace: login resolves the workspace from the credentials. */
    public List<UserEntity> byEmail(String email) {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select u from UserEntity u where u.email = :e order by u.createdAt", UserEntity.class)
                .setParameter("e", email.toLowerCase(Locale.ROOT)).getResultList());
    }

    public long countActive(String tenantId) {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select count(u) from UserEntity u where u.tenantId = :t and u.active = true", Long.class)
                .setParameter("t", tenantId).getSingleResult());
    }

    /** Sets a user's own preferences; empty when the user is not in this tenant. */
    public Optional<UserEntity> updatePreferences(String tenantId, String userId, String language, String timeZone) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Required, em -> {
            UserEntity u = em.find(UserEntity.class, userId);
            if (u == null || !u.tenantId.equals(tenantId)) {
                return null;
            }
            u.language = language;
            u.timeZone = timeZone;
            return u;
        }));
    }

    /**
     * Changes role and/or active flag. Refuses to leave the workspace without an active owner.
     *
     * @return the updated user, or empty when not in this tenant
     * @throws IllegalStateException when the change would remove the last active owner
     */
    public Optional<UserEntity> update(String tenantId, String userId, Role role, Boolean active, String actor) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Required, em -> {
            UserEntity u = em.find(UserEntity.class, userId);
            if (u == null || !u.tenantId.equals(tenantId)) {
                return null;
            }
            boolean wasActiveOwner = u.active && Role.OWNER.id().equals(u.role);
            if (role != null) {
                u.role = role.id();
            }
            if (active != null) {
                u.active = active;
            }
            boolean isActiveOwner = u.active && Role.OWNER.id().equals(u.role);
            if (wasActiveOwner && !isActiveOwner) {
                long owners = em.createQuery("select count(x) from UserEntity x where x.tenantId = :t and x.active = true and x.role = :r and x.id <> :id", Long.class)
                        .setParameter("t", tenantId).setParameter("r", Role.OWNER.id()).setParameter("id", userId).getSingleResult();
                if (owners == 0) {
                    throw new IllegalStateException("A workspace needs at least one active owner");
                }
            }
            if (active != null && !active) {
                // A deactivated user's sessions end at once.
                em.createQuery("select s from SessionEntity s where s.userId = :u and s.revokedAt = 0", SessionEntity.class)
                        .setParameter("u", userId).getResultList().forEach(s -> s.revokedAt = System.currentTimeMillis());
            }
            audit.record(em, tenantId, actor, "user.updated", "user:" + userId, "role=" + u.role + " active=" + u.active);
            return u;
        }));
    }

    public InvitationEntity invite(String tenantId, String email, Role role, String tokenHash, long expiresAt, String actor) {
        return jpa.txExpr(TransactionType.Required, em -> {
            InvitationEntity i = new InvitationEntity();
            i.id = UUID.randomUUID().toString();
            i.tenantId = tenantId;
            i.email = email.toLowerCase(Locale.ROOT);
            i.role = role.id();
            i.tokenHash = tokenHash;
            i.invitedBy = actor;
            i.createdAt = System.currentTimeMillis();
            i.expiresAt = expiresAt;
            em.persist(i);
            audit.record(em, tenantId, actor, "user.invited", "invitation:" + i.id, "email=" + i.email + " role=" + i.role);
            return i;
        });
    }

    public List<InvitationEntity> openInvitations(String tenantId) {
        long now = System.currentTimeMillis();
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select i from InvitationEntity i where i.tenantId = :t and i.acceptedAt = 0 and i.revokedAt = 0 and i.expiresAt > :now order by i.createdAt",
                InvitationEntity.class).setParameter("t", tenantId).setParameter("now", now).getResultList());
    }

    public boolean revokeInvitation(String tenantId, String invitationId, String actor) {
        return jpa.txExpr(TransactionType.Required, em -> {
            InvitationEntity i = em.find(InvitationEntity.class, invitationId);
            if (i == null || !i.tenantId.equals(tenantId)) {
                return false;
            }
            if (i.revokedAt == 0 && i.acceptedAt == 0) {
                i.revokedAt = System.currentTimeMillis();
                audit.record(em, tenantId, actor, "invitation.revoked", "invitation:" + i.id, null);
            }
            return true;
        });
    }

    /** Outcome of accepting an invitation. */
    public enum AcceptOutcome { ACCEPTED, UNKNOWN_OR_USED, EXPIRED, ALREADY_MEMBER }

    public record Accepted(AcceptOutcome outcome, UserEntity user) {
    }

    /** Turns a valid invitation into an active user, once. */
    public Accepted accept(String tokenHash, String passwordHash, String displayName) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<InvitationEntity> found = em.createQuery("select i from InvitationEntity i where i.tokenHash = :h", InvitationEntity.class)
                    .setParameter("h", tokenHash).getResultList();
            if (found.isEmpty() || found.get(0).acceptedAt != 0 || found.get(0).revokedAt != 0) {
                return new Accepted(AcceptOutcome.UNKNOWN_OR_USED, null);
            }
            InvitationEntity i = found.get(0);
            long now = System.currentTimeMillis();
            if (i.expiresAt <= now) {
                return new Accepted(AcceptOutcome.EXPIRED, null);
            }
            long existing = em.createQuery("select count(u) from UserEntity u where u.tenantId = :t and u.email = :e", Long.class)
                    .setParameter("t", i.tenantId).setParameter("e", i.email).getSingleResult();
            if (existing > 0) {
                return new Accepted(AcceptOutcome.ALREADY_MEMBER, null);
            }
            UserEntity u = new UserEntity();
            u.id = UUID.randomUUID().toString();
            u.tenantId = i.tenantId;
            u.email = i.email;
            u.displayName = displayName;
            u.passwordHash = passwordHash;
            u.role = i.role;
            u.active = true;
            u.createdAt = now;
            em.persist(u);
            i.acceptedAt = now;
            audit.record(em, i.tenantId, "user:" + u.id, "invitation.accepted", "invitation:" + i.id, null);
            return new Accepted(AcceptOutcome.ACCEPTED, u);
        });
    }

    public InvitationEntity findInvitation(String tokenHash) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select i from InvitationEntity i where i.tokenHash = :h", InvitationEntity.class)
                .setParameter("h", tokenHash).getResultList().stream().findFirst().orElse(null));
    }
}
