package org.offerbridge.platform.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    private final ObjectMapper json = new ObjectMapper();
    private final CapabilityRegistry capabilities;

    @Activate
    public OpenApiResource(@Reference CapabilityRegistry capabilities) {
        this.capabilities = capabilities;
    }

    @GET
    @Public
    @Produces(MediaType.APPLICATION_JSON)
    public String document() throws IOException {
        ObjectNode doc = read(getClass().getResource("/openapi/platform.json"));
        for (Capability c : capabilities.installed()) {
            Optional<URL> fragment = c.openApiFragment();
            if (fragment.isEmpty()) {
                continue;
            }
            try {
                ObjectNode part = read(fragment.get());
                merge(doc, part, "paths");
                merge((ObjectNode) doc.with("components"), (ObjectNode) part.with("components"), "schemas");
            } catch (IOException | RuntimeException e) {
                LOG.warn("Ignoring the unreadable OpenAPI fragment of capability {}", c.id(), e);
            }
        }
        return json.writeValueAsString(doc);
    }

    private ObjectNode read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return (ObjectNode) json.readTree(in);
        }
    }

    private static void merge(ObjectNode target, ObjectNode source, String field) {
        JsonNode from = source.get(field);
        if (from == null || !from.isObject()) {
            return;
        }
        ObjectNode to = target.with(field);
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            to.set(e.getKey(), e.getValue());
        }
    }
}
