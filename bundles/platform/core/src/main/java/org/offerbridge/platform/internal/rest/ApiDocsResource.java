package org.offerbridge.platform.internal.rest;

import java.io.IOException;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.Public;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Serves the browsable API reference at {@code /api/v1/docs}, rendered from the same document as openapi.json. */
@Component(service = ApiDocsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("docs")
public class ApiDocsResource {
    private final OpenApiResource openApi;

    @Activate
    public ApiDocsResource(@Reference OpenApiResource openApi) {
        this.openApi = openApi;
    }

    @GET
    @Public
    @Produces("text/html; charset=utf-8")
    public Response page() throws IOException {
        return Response.ok(ApiDocsPage.render(openApi.assembled()))
                .header("Content-Security-Policy", ApiDocsPage.CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
