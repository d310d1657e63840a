package org.offerbridge.platform.internal.persistence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.internal.security.ApiKeyFormat;
import org.offerbridge.platform.internal.security.PasswordHasher;
import org.offerbridge.platform.api.secrets.SecretTokens;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Workspaces: registration (tenant, owner and first API key in one transaction) and company settings.
 * <p>
 * A raw {@link JpaTemplate} on purpose, not {@code TenantTransactions}: the tenant registry is global (it is where
 * tenants come from), and this class is the one place that reads and writes it, by tenant id.
 */
@Component(service = WorkspaceStore.class)
public class WorkspaceStore {

    /** Validated registration input. */
    public record Registration(String companyName, String adminEmail, char[] adminPassword, String planId, String locale,
            String currency, String operatingArea) {
    }

    public record Registered(String tenantId, String userId, String apiKey) {
    }

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final PasswordHasher hasher = new PasswordHasher();

    @Activate
    public WorkspaceStore(@Reference(target = PlatformUnit.TARGET) JpaTemplate jpa, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    public Registered register(Registration r) {
        // Hash outside the transaction: it takes tens of milliseconds by design.
        String passwordHash = hasher.hash(r.adminPassword());
        String keyId = ApiKeyFormat.newId();
        String secret = ApiKeyFormat.newSecret();
        return jpa.txExpr(TransactionType.Required, em -> {
            long now = System.currentTimeMillis();
            TenantEntity t = new TenantEntity();
            t.id = UUID.randomUUID().toString();
            t.companyName = r.companyName();
            t.planId = r.planId();
            t.locale = r.locale();
            t.currency = r.currency();
            t.operatingArea = r.operatingArea();
            t.createdAt = now;
            em.persist(t);

            UserEntity u = new UserEntity();
            u.id = UUID.randomUUID().toString();
            u.tenantId = t.id;
            u.email = r.adminEmail().toLowerCase(Locale.ROOT);
            u.passwordHash = passwordHash;
            u.role = Role.OWNER.id();
            u.active = true;
            u.createdAt = now;
            em.persist(u);

            ApiKeyEntity k = new ApiKeyEntity();
            k.id = keyId;
            k.tenantId = t.id;
            k.name = "Default key";
            k.secretHash = SecretTokens.sha256(secret);
            k.role = Role.ADMIN.id();
            k.createdBy = "user:" + u.id;
            k.createdAt = now;
            em.persist(k);

            audit.record(em, t.id, "user:" + u.id, "workspace.registered", "tenant:" + t.id, "plan=" + r.planId());
            return new Registered(t.id, u.id, ApiKeyFormat.format(keyId, secret));
        });
    }

    public Optional<TenantEntity> find(String tenantId) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(TenantEntity.class, tenantId)));
    }

    /** Applies a change to a tenant's settings and records it; empty when the tenant does not exist. */
    public Optional<TenantEntity> update(String tenantId, String actor, String detail, Consumer<TenantEntity> change) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Required, em -> {
            TenantEntity t = em.find(TenantEntity.class, tenantId);
            if (t == null) {
                return null;
            }
            change.accept(t);
            audit.record(em, tenantId, actor, "workspace.updated", "tenant:" + tenantId, detail);
            return t;
        }));
    }

    public long count() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select count(t) from TenantEntity t", Long.class).getSingleResult());
    }

    /** The ids of the demo workspaces (normally one), oldest first. */
    public List<String> demoWorkspaces() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select t.id from TenantEntity t where t.demoSeeded is not null order by t.createdAt", String.class).getResultList());
    }

    public List<TenantEntity> list(int offset, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select t from TenantEntity t order by t.createdAt", TenantEntity.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList());
    }
}
