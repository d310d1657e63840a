package org.offerbridge.platform.internal.rest;

import java.time.Instant;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.internal.persistence.ApiKeyEntity;
import org.offerbridge.platform.internal.persistence.ApiKeyStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Integration API keys of the caller's workspace. The key itself is returned once, at creation. */
@Component(service = ApiKeysResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class ApiKeysResource {

    public record ApiKey(String id, String name, String role, String createdBy, String createdAt, String lastUsedAt,
            String revokedAt, String key) {
    }

    public record CreateRequest(String name, String role) {
    }

    private final ApiKeyStore keys;
    private final RequestContext context;

    @Activate
    public ApiKeysResource(@Reference ApiKeyStore keys, @Reference RequestContext context) {
        this.keys = keys;
        this.context = context;
    }

    @GET
    public List<ApiKey> list() {
        TenantPrincipal p = context.require();
        return keys.list(p.tenantId()).stream().map(k -> view(k, null)).toList();
    }

    @POST
    public Response create(CreateRequest body) {
        TenantPrincipal p = context.require();
        CreateRequest r = Inputs.body(body);
        String name = Inputs.required("name", r.name(), 100);
        Role role = r.role() == null ? Role.SALES : Inputs.role("role", r.role());
        if (role == Role.OWNER) {
            throw ProblemException.invalid("role", "API keys act as admin, sales or viewer, never as owner");
        }
        if (!p.role().includes(role)) {
            throw ProblemException.forbidden("A key cannot have more rights than its creator");
        }
        ApiKeyStore.Created created = keys.create(p.tenantId(), name, role, p.actor());
        return Response.status(201).entity(view(created.entity(), created.plaintextKey())).build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        TenantPrincipal p = context.require();
        if (!keys.revoke(p.tenantId(), id, p.actor())) {
            throw ProblemException.notFound("API key " + id);
        }
        return Response.noContent().build();
    }

    private static ApiKey view(ApiKeyEntity k, String plaintext) {
        return new ApiKey(k.id, k.name, k.role, k.createdBy, Instant.ofEpochMilli(k.createdAt).toString(),
                k.lastUsedAt == 0 ? null : Instant.ofEpochMilli(k.lastUsedAt).toString(),
                k.revokedAt == 0 ? null : Instant.ofEpochMilli(k.revokedAt).toString(), plaintext);
    }
}
