package org.offerbridge.parser.internal.llm;

import java.util.Objects;
import java.util.Optional;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.admin.AuditTrail;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.fields.Patch;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.secrets.SecretCipher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The workspace's own LLM provider: admins only, whoever calls (the same rule as {@code @RolesAllowed} on
 * /parser/llm). The API key is write-only: stored encrypted and shown as {@code apiKeySet}. Without a setting of its
 * own the workspace uses the server-wide provider, of which only whether it is on and its model are shown.
 */
@Component(service = LlmSettingsService.class)
public class LlmSettingsService {

    /** {@code source}: tenant (its own setting), global (the server's) or none (no provider anywhere). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LlmSettingsView(String source, boolean enabled, String baseUrl, String model, Integer timeoutMillis,
            Boolean apiKeySet) {
    }

    /**
     * {@code apiKey}: absent keeps the stored key as long as {@code baseUrl} stays the same (a key is never sent
     * to a new endpoint it was not given for); null or empty removes it.
     */
    public record LlmSettingsChange(Boolean enabled, String baseUrl, String model, Patch<String> apiKey, Integer timeoutMillis) {
        @Override
        public String toString() {
            return "LlmSettingsChange[enabled=" + enabled + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                    + (Patch.isPresent(apiKey) ? "***" : "absent") + ", timeoutMillis=" + timeoutMillis + "]";
        }
    }

    private final LlmSettingsStore store;
    private final LlmEndpoints endpoints;
    private final SecretCipher cipher;
    private final OutboundAddressPolicy policy;
    private final AuditTrail audit;
    private final RequestContext context;

    @Activate
    public LlmSettingsService(@Reference LlmSettingsStore store, @Reference LlmEndpoints endpoints, @Reference SecretCipher cipher,
            @Reference OutboundAddressPolicy policy, @Reference AuditTrail audit, @Reference RequestContext context) {
        this.store = store;
        this.endpoints = endpoints;
        this.cipher = cipher;
        this.policy = policy;
        this.audit = audit;
        this.context = context;
    }

    public LlmSettingsView get() {
        requireAdmin();
        return store.find().map(LlmSettingsService::view).orElseGet(this::globalView);
    }

    public LlmSettingsView put(LlmSettingsChange body) {
        TenantPrincipal admin = requireAdmin();
        LlmSettingsChange c = FieldRules.body(body);
        boolean enabled = FieldRules.required("enabled", c.enabled());
        String baseUrl = LlmSettingsRules.baseUrl(c.baseUrl(), policy);
        String model = LlmSettingsRules.model(c.model());
        int timeout = LlmSettingsRules.timeoutMillis(c.timeoutMillis());
        if (enabled) {
            FieldRules.required("baseUrl", baseUrl);
            FieldRules.required("model", model);
        }
        Optional<LlmSettingsStore.Stored> before = store.find();
        String sealedKey;
        String keyChange;
        if (!Patch.isPresent(c.apiKey())) {
            boolean sameEndpoint = before.isPresent() && Objects.equals(before.get().baseUrl(), baseUrl);
            sealedKey = sameEndpoint ? before.get().apiKeySealed() : null;
            keyChange = sealedKey == null ? "none" : "kept";
        } else if (c.apiKey().cleared() || c.apiKey().value().isEmpty()) {
            sealedKey = null;
            keyChange = "removed";
        } else {
            sealedKey = cipher.encrypt(LlmSettingsRules.apiKey(c.apiKey().value()));
            keyChange = "set";
        }
        LlmSettingsStore.Stored saved = store.save(new LlmSettingsStore.Stored(enabled, baseUrl, model, sealedKey, timeout, 0),
                admin.actor());
        audit.record("parser.llm.updated", "parser.llm", "enabled=" + saved.enabled() + " endpoint=" + LlmSettingsRules.origin(baseUrl)
                + " model=" + (model == null ? "-" : model) + " timeoutMillis=" + timeout + " apiKey=" + keyChange);
        return view(saved);
    }

    /** Removes the workspace's own setting, so the server-wide one applies again. */
    public void delete() {
        requireAdmin();
        if (store.delete()) {
            audit.record("parser.llm.removed", "parser.llm", "the server-wide setting applies again");
        }
    }

    private TenantPrincipal requireAdmin() {
        return context.require().requireRole(Role.ADMIN);
    }

    private LlmSettingsView globalView() {
        LlmConfig g = endpoints.global();
        boolean on = g.enabled() && g.baseUrl() != null && !g.baseUrl().isBlank() && g.model() != null && !g.model().isBlank();
        return on ? new LlmSettingsView("global", true, null, g.model().strip(), null, null)
                : new LlmSettingsView("none", false, null, null, null, null);
    }

    private static LlmSettingsView view(LlmSettingsStore.Stored s) {
        return new LlmSettingsView("tenant", s.enabled(), s.baseUrl(), s.model(), s.timeoutMillis(), s.apiKeySealed() != null);
    }
}
