package org.offerbridge.parser.internal.llm;

import java.util.Objects;
import java.util.Optional;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.admin.AuditTrail;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.RequiresCapability;
import org.offerbridge.platform.api.secrets.SecretCipher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * GET, PUT and DELETE /parser/llm: the workspace's own LLM provider (admins only). The API key is write-only:
 * stored encrypted and answered as {@code apiKeySet}. Without a setting of its own the workspace uses the
 * server-wide provider, of which only whether it is on and its model are shown.
 */
@Component(service = LlmSettingsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("parser/llm")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(LlmParsingCapability.ID)
public class LlmSettingsResource {

    /** {@code source}: tenant (its own setting), global (the server's) or none (no provider anywhere). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LlmSettingsView(String source, boolean enabled, String baseUrl, String model, Integer timeoutMillis,
            Boolean apiKeySet) {
    }

    /**
     * {@code apiKey}: absent keeps the stored key as long as {@code baseUrl} stays the same (a key is never sent
     * to a new endpoint it was not given for); empty removes it.
     */
    public record LlmSettingsChange(Boolean enabled, String baseUrl, String model, String apiKey, Integer timeoutMillis) {
        @Override
        public String toString() {
            return "LlmSettingsChange[enabled=" + enabled + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                    + (apiKey == null ? "absent" : "***") + ", timeoutMillis=" + timeoutMillis + "]";
        }
    }

    private final LlmSettingsStore store;
    private final LlmEndpoints endpoints;
    private final SecretCipher cipher;
    private final OutboundAddressPolicy policy;
    private final AuditTrail audit;
    private final RequestContext context;

    @Activate
    public LlmSettingsResource(@Reference LlmSettingsStore store, @Reference LlmEndpoints endpoints, @Reference SecretCipher cipher,
            @Reference OutboundAddressPolicy policy, @Reference AuditTrail audit, @Reference RequestContext context) {
        this.store = store;
        this.endpoints = endpoints;
        this.cipher = cipher;
        this.policy = policy;
        this.audit = audit;
        this.context = context;
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public LlmSettingsView get() {
        return store.find().map(LlmSettingsResource::view).orElseGet(this::globalView);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public LlmSettingsView put(LlmSettingsChange body) {
        if (body == null) {
            throw ProblemException.invalid("body", "A JSON body is required");
        }
        if (body.enabled() == null) {
            throw ProblemException.invalid("enabled", "enabled is required (true or false)");
        }
        String baseUrl = LlmSettingsRules.baseUrl(body.baseUrl(), policy);
        String model = LlmSettingsRules.model(body.model());
        int timeout = LlmSettingsRules.timeoutMillis(body.timeoutMillis());
        if (body.enabled() && baseUrl == null) {
            throw ProblemException.invalid("baseUrl", "baseUrl is required when enabled");
        }
        if (body.enabled() && model == null) {
            throw ProblemException.invalid("model", "model is required when enabled");
        }
        Optional<LlmSettingsStore.Stored> before = store.find();
        String sealedKey;
        String keyChange;
        if (body.apiKey() == null) {
            boolean sameEndpoint = before.isPresent() && Objects.equals(before.get().baseUrl(), baseUrl);
            sealedKey = sameEndpoint ? before.get().apiKeySealed() : null;
            keyChange = sealedKey == null ? "none" : "kept";
        } else if (body.apiKey().isEmpty()) {
            sealedKey = null;
            keyChange = "removed";
        } else {
            sealedKey = cipher.encrypt(LlmSettingsRules.apiKey(body.apiKey()));
            keyChange = "set";
        }
        LlmSettingsStore.Stored saved = store.save(new LlmSettingsStore.Stored(body.enabled(), baseUrl, model, sealedKey, timeout, 0),
                context.require().actor());
        audit.record("parser.llm.updated", "parser.llm", "enabled=" + saved.enabled() + " endpoint=" + LlmSettingsRules.origin(baseUrl)
                + " model=" + (model == null ? "-" : model) + " timeoutMillis=" + timeout + " apiKey=" + keyChange);
        return view(saved);
    }

    @DELETE
    @RolesAllowed(Role.ADMIN_NAME)
    public Response delete() {
        if (store.delete()) {
            audit.record("parser.llm.removed", "parser.llm", "the server-wide setting applies again");
        }
        return Response.noContent().build();
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
