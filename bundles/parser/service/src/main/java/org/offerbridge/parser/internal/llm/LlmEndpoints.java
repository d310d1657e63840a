package org.offerbridge.parser.internal.llm;

import java.util.Optional;

import org.offerbridge.platform.api.secrets.SecretCipher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Which LLM endpoint, if any, serves the bound tenant: the tenant's own setting when it has one (also when it
 * switched the provider off), otherwise the server-wide configuration.
 */
@Component(service = LlmEndpoints.class, configurationPid = LlmConfig.PID)
@Designate(ocd = LlmConfig.class)
public class LlmEndpoints {
    private final LlmSettingsStore store;
    private final SecretCipher cipher;
    private volatile LlmConfig global;

    @Activate
    public LlmEndpoints(@Reference LlmSettingsStore store, @Reference SecretCipher cipher, LlmConfig global) {
        this.store = store;
        this.cipher = cipher;
        this.global = global;
    }

    @Modified
    void modified(LlmConfig config) {
        this.global = config;
    }

    /**
     * The endpoint for the bound tenant, or empty when no provider is switched on for it.
     *
     * @throws LlmFailure when the tenant's stored key cannot be decrypted on this node
     */
    public Optional<LlmEndpoint> forBoundTenant() throws LlmFailure {
        return resolve(store.find(), global, cipher);
    }

    /** What a tenant without its own setting gets. */
    public LlmConfig global() {
        return global;
    }

    static Optional<LlmEndpoint> resolve(Optional<LlmSettingsStore.Stored> tenant, LlmConfig global, SecretCipher cipher)
            throws LlmFailure {
        if (tenant.isPresent()) {
            LlmSettingsStore.Stored t = tenant.get();
            if (!t.enabled() || blank(t.baseUrl()) || blank(t.model())) {
                return Optional.empty();
            }
            String key = null;
            if (t.apiKeySealed() != null) {
                try {
                    key = cipher.decrypt(t.apiKeySealed());
                } catch (IllegalStateException e) {
                    throw new LlmFailure("the stored API key cannot be decrypted on this server; set it again");
                }
            }
            return Optional.of(new LlmEndpoint(t.baseUrl(), t.model(), key, t.timeoutMillis(), global.maxCandidates()));
        }
        if (!global.enabled() || blank(global.baseUrl()) || blank(global.model())) {
            return Optional.empty();
        }
        return Optional.of(new LlmEndpoint(global.baseUrl().strip(), global.model().strip(), global.apiKey(),
                global.timeoutMillis(), global.maxCandidates()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
