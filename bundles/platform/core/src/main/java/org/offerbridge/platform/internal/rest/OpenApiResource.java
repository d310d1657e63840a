package org.offerbridge.platform.internal.rest;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.offerbridge.platform.api.Capability;
import org.offerbridge.platform.api.CapabilityRegistry;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.Public;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Serves the OpenAPI document: the platform's own paths plus the fragment of every installed capability,
 * so the document always matches what this server answers.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("openapi.json")
public class OpenApiResource {
    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);
    private final CapabilityRegistry capabilities;

    @Activate
    public OpenApiResource(@Reference CapabilityRegistry capabilities) {
        this.capabilities = capabilities;
    }

    @GET
    @Public
    @Produces(MediaType.APPLICATION_JSON)
    public String document() throws IOException {
        return OpenApiDocument.write(assembled());
    }

    /** The platform's part with the fragments of the capabilities installed now. */
    ObjectNode assembled() throws IOException {
        List<URL> fragments = new ArrayList<>();
        for (Capability c : capabilities.installed()) {
            c.openApiFragment().ifPresent(fragments::add);
        }
        return OpenApiDocument.assemble(fragments, (url, e) -> LOG.warn("Ignoring the unreadable OpenAPI fragment {}", url, e));
    }
}
