package org.offerbridge.parser.internal.llm;

import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The bound tenant's own LLM setting, in the parser's persistence unit. */
@Component(service = LlmSettingsStore.class)
public class LlmSettingsStore {

    /** A stored setting, detached from the persistence context; the key stays encrypted. */
    public record Stored(boolean enabled, String baseUrl, String model, String apiKeySealed, int timeoutMillis, long updatedAt) {
        @Override
        public String toString() {
            return "Stored[enabled=" + enabled + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKeySet="
                    + (apiKeySealed != null) + ", timeoutMillis=" + timeoutMillis + "]";
        }
    }

    private final TenantTransactions tx;
    private final RequestContext context;

    @Activate
    public LlmSettingsStore(@Reference(target = "(osgi.unit.name=offerbridge-intake)") JpaTemplate jpa, @Reference RequestContext context) {
        this.tx = new TenantTransactions(jpa, context);
        this.context = context;
    }

    public Optional<Stored> find() {
        String tenant = context.require().tenantId();
        return tx.call(em -> Optional.ofNullable(em.find(LlmSettingsEntity.class, tenant)).map(LlmSettingsStore::stored));
    }

    public Stored save(Stored s, String actor) {
        String tenant = context.require().tenantId();
        return tx.call(em -> {
            LlmSettingsEntity e = em.find(LlmSettingsEntity.class, tenant);
            boolean isNew = e == null;
            if (isNew) {
                e = new LlmSettingsEntity();
                e.id = tenant;
            }
            e.enabled = s.enabled();
            e.baseUrl = s.baseUrl();
            e.model = s.model();
            e.apiKeySealed = s.apiKeySealed();
            e.timeoutMillis = s.timeoutMillis();
            e.updatedAt = System.currentTimeMillis();
            e.updatedBy = actor;
            if (isNew) {
                em.persist(e);
            }
            return stored(e);
        });
    }

    /** Removes the tenant's setting, so the server-wide one applies again; false when there was none. */
    public boolean delete() {
        String tenant = context.require().tenantId();
        return tx.call(em -> {
            LlmSettingsEntity e = em.find(LlmSettingsEntity.class, tenant);
            if (e == null) {
                return false;
            }
            em.remove(e);
            return true;
        });
    }

    private static Stored stored(LlmSettingsEntity e) {
        return new Stored(e.enabled, e.baseUrl, e.model, e.apiKeySealed, e.timeoutMillis, e.updatedAt);
    }
}
