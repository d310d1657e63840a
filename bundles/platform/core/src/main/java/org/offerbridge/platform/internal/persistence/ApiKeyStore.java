package org.offerbridge.platform.internal.persistence;

import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.internal.security.ApiKeyFormat;
import org.offerbridge.platform.api.secrets.SecretTokens;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * API keys of a tenant. Every method that serves a tenant takes its id and filters by it.
 * <p>
 * A raw {@link JpaTemplate} on purpose, not {@code TenantTransactions}: a key is looked up before its tenant is known,
 * and this class is the one place that filters the API key table by tenant id.
 */
@Component(service = ApiKeyStore.class)
public class ApiKeyStore {
    /** Only record "last used" once a minute, so authentication does not write on every request. */
    private static final long LAST_USED_RESOLUTION_MS = 60_000;

    public record Created(ApiKeyEntity entity, String plaintextKey) {
    }

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public ApiKeyStore(@Reference(target = PlatformUnit.TARGET) JpaTemplate jpa, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    /** The active key matching {@code presented}, checked in constant time against the stored hash. */
    public Optional<ApiKeyEntity> verify(String presented) {
        Optional<ApiKeyFormat.Parsed> parsed = ApiKeyFormat.parse(presented);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        ApiKeyEntity key = jpa.txExpr(TransactionType.Supports, em -> em.find(ApiKeyEntity.class, parsed.get().id()));
        String presentedHash = SecretTokens.sha256(parsed.get().secret());
        if (key == null || key.revokedAt != 0 || !SecretTokens.constantTimeEquals(key.secretHash, presentedHash)) {
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        if (now - key.lastUsedAt > LAST_USED_RESOLUTION_MS) {
            jpa.tx(TransactionType.Required, em -> {
                ApiKeyEntity managed = em.find(ApiKeyEntity.class, key.id);
                if (managed != null) {
                    managed.lastUsedAt = now;
                }
            });
        }
        return Optional.of(key);
    }

    public List<ApiKeyEntity> list(String tenantId) {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select k from ApiKeyEntity k where k.tenantId = :t order by k.createdAt", ApiKeyEntity.class)
                .setParameter("t", tenantId).getResultList());
    }

    public Created create(String tenantId, String name, Role role, String actor) {
        String id = ApiKeyFormat.newId();
        String secret = ApiKeyFormat.newSecret();
        ApiKeyEntity k = jpa.txExpr(TransactionType.Required, em -> {
            ApiKeyEntity e = new ApiKeyEntity();
            e.id = id;
            e.tenantId = tenantId;
            e.name = name;
            e.role = role.id();
            e.secretHash = SecretTokens.sha256(secret);
            e.createdBy = actor;
            e.createdAt = System.currentTimeMillis();
            em.persist(e);
            audit.record(em, tenantId, actor, "apikey.created", "apikey:" + id, "role=" + role.id());
            return e;
        });
        return new Created(k, ApiKeyFormat.format(id, secret));
    }

    /** Revokes a key of this tenant; false when there is no such key in this tenant. */
    public boolean revoke(String tenantId, String keyId, String actor) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ApiKeyEntity k = em.find(ApiKeyEntity.class, keyId);
            if (k == null || !k.tenantId.equals(tenantId)) {
                return false;
            }
            if (k.revokedAt == 0) {
                k.revokedAt = System.currentTimeMillis();
                audit.record(em, tenantId, actor, "apikey.revoked", "apikey:" + keyId, null);
            }
            return true;
        });
    }
}
