package org.offerbridge.platform.api.admin;

import java.time.Instant;
import java.util.List;

import org.offerbridge.platform.api.Role;
import org.osgi.annotation.versioning.ProviderType;

/** Integration API keys of the bound workspace (admin only, the rules of {@code /api-keys}). */
@ProviderType
public interface ApiKeyAdministration {

    /** {@code lastUsedAt} and {@code revokedAt} are null when it did not happen. */
    record ApiKey(String id, String name, Role role, String createdBy, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A new key with its secret, which exists only in this answer (shown once; stored hashed). */
    record CreatedKey(ApiKey key, String secret) {
    }

    List<ApiKey> list();

    /** Keys act as admin, sales or viewer, never as owner, and never with more rights than their creator. */
    CreatedKey create(String name, Role role);

    void revoke(String keyId);
}
