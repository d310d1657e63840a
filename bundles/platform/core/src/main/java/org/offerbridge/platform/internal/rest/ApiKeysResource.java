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

import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.admin.ApiKeyAdministration;
import org.offerbridge.platform.api.admin.ApiKeyAdministration.CreatedKey;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Integration API keys of the caller's workspace. The key itself is returned once, at creation. The rules live in
 * {@link ApiKeyAdministration}, shared with the admin UI; this class maps JSON to it.
 */
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

    private final ApiKeyAdministration keys;

    @Activate
    public ApiKeysResource(@Reference ApiKeyAdministration keys) {
        this.keys = keys;
    }

    @GET
    public List<ApiKey> list() {
        return keys.list().stream().map(k -> view(k, null)).toList();
    }

    @POST
    public Response create(CreateRequest body) {
        CreateRequest r = FieldRules.body(body);
        Role role = r.role() == null ? null : PlatformRules.role("role", r.role());
        CreatedKey created = keys.create(r.name(), role);
        return Response.status(201).entity(view(created.key(), created.secret())).build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        keys.revoke(id);
        return Response.noContent().build();
    }

    private static ApiKey view(ApiKeyAdministration.ApiKey k, String secret) {
        return new ApiKey(k.id(), k.name(), k.role().id(), k.createdBy(), k.createdAt().toString(), text(k.lastUsedAt()),
                text(k.revokedAt()), secret);
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
