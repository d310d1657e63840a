package org.offerbridge.platform.internal.admin;

import java.time.Instant;
import java.util.List;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.admin.ApiKeyAdministration;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.internal.persistence.ApiKeyEntity;
import org.offerbridge.platform.internal.persistence.ApiKeyStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** API keys of the bound workspace and their rules; {@code /api-keys} delegates here. */
@Component(service = ApiKeyAdministration.class)
public class ApiKeyAdministrationImpl implements ApiKeyAdministration {
    private final ApiKeyStore keys;
    private final RequestContext context;

    @Activate
    public ApiKeyAdministrationImpl(@Reference ApiKeyStore keys, @Reference RequestContext context) {
        this.keys = keys;
        this.context = context;
    }

    @Override
    public List<ApiKey> list() {
        TenantPrincipal p = Guards.atLeast(context, Role.ADMIN);
        return keys.list(p.tenantId()).stream().map(ApiKeyAdministrationImpl::view).toList();
    }

    @Override
    public CreatedKey create(String name, Role role) {
        TenantPrincipal p = Guards.atLeast(context, Role.ADMIN);
        String n = FieldRules.requiredText("name", name, 100);
        Role r = role == null ? Role.SALES : role;
        if (r == Role.OWNER) {
            throw ProblemException.invalid("role", "API keys act as admin, sales or viewer, never as owner");
        }
        if (!p.role().includes(r)) {
            throw ProblemException.forbidden("A key cannot have more rights than its creator");
        }
        ApiKeyStore.Created created = keys.create(p.tenantId(), n, r, p.actor());
        return new CreatedKey(view(created.entity()), created.plaintextKey());
    }

    @Override
    public void revoke(String keyId) {
        TenantPrincipal p = Guards.atLeast(context, Role.ADMIN);
        if (!keys.revoke(p.tenantId(), keyId, p.actor())) {
            throw ProblemException.notFound("API key " + keyId);
        }
    }

    static ApiKey view(ApiKeyEntity k) {
        return new ApiKey(k.id, k.name, Role.of(k.role), k.createdBy, Instant.ofEpochMilli(k.createdAt),
                k.lastUsedAt == 0 ? null : Instant.ofEpochMilli(k.lastUsedAt), k.revokedAt == 0 ? null : Instant.ofEpochMilli(k.revokedAt));
    }
}
