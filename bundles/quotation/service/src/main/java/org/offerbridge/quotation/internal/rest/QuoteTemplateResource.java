package org.offerbridge.quotation.internal.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.RequiresCapability;
import org.offerbridge.quotation.internal.QuotationCapability;
import org.offerbridge.quotation.internal.QuoteTemplates;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** /quotes/template: the workspace's PDF look (colour, terms, footer, logo). Everyone reads it; admins change it. */
@Component(service = QuoteTemplateResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("quotes/template")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(QuotationCapability.ID)
public class QuoteTemplateResource {
    private final QuoteTemplates templates;

    @Activate
    public QuoteTemplateResource(@Reference QuoteTemplates templates) {
        this.templates = templates;
    }

    @GET
    public QuoteTemplates.View get() {
        return templates.get();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public QuoteTemplates.View put(QuoteTemplates.Change body) {
        return templates.update(body);
    }

    /** The logo file itself as the body; the type is judged from its bytes, not from the header. */
    @PUT
    @Path("logo")
    @Consumes({"image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Role.ADMIN_NAME)
    public QuoteTemplates.View putLogo(byte[] image) {
        return templates.setLogo(image);
    }

    @GET
    @Path("logo")
    @Produces({"image/png", "image/jpeg", "application/problem+json"})
    public Response logo() {
        return templates.logo().map(t -> Response.ok(t.logo, t.logoType).header("Cache-Control", "private, no-cache")
                .header("X-Content-Type-Options", "nosniff").build()).orElseThrow(() -> ProblemException.notFound("Logo"));
    }

    @DELETE
    @Path("logo")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response deleteLogo() {
        if (!templates.removeLogo()) {
            throw ProblemException.notFound("Logo");
        }
        return Response.noContent().build();
    }
}
