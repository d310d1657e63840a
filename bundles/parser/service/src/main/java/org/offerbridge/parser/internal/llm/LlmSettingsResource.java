package org.offerbridge.parser.internal.llm;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.offerbridge.parser.internal.llm.LlmSettingsService.LlmSettingsChange;
import org.offerbridge.parser.internal.llm.LlmSettingsService.LlmSettingsView;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.RequiresCapability;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** GET, PUT and DELETE /parser/llm over {@link LlmSettingsService}: the workspace's own LLM provider (admins only). */
@Component(service = LlmSettingsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("parser/llm")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(LlmParsingCapability.ID)
public class LlmSettingsResource {
    private final LlmSettingsService settings;

    @Activate
    public LlmSettingsResource(@Reference LlmSettingsService settings) {
        this.settings = settings;
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public LlmSettingsView get() {
        return settings.get();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public LlmSettingsView put(LlmSettingsChange body) {
        return settings.put(body);
    }

    @DELETE
    @RolesAllowed(Role.ADMIN_NAME)
    public Response delete() {
        settings.delete();
        return Response.noContent().build();
    }
}
