package org.offerbridge.catalog.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.offerbridge.catalog.api.CatalogImportException;
import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.ImportProgress;
import org.offerbridge.catalog.api.ImportResult;
import org.offerbridge.catalog.internal.CatalogCapability;
import org.offerbridge.catalog.internal.rest.CatalogViews.PriceView;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.RequiresCapability;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** POST /catalog/import, GET /catalog/export and GET /catalog/price. */
@Component(service = CatalogFilesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("catalog")
@RequiresCapability(CatalogCapability.ID)
public class CatalogFilesResource {
    private final CatalogService catalog;
    private final RequestContext context;

    @Activate
    public CatalogFilesResource(@Reference CatalogService catalog, @Reference RequestContext context) {
        this.catalog = catalog;
        this.context = context;
    }

    /**
     * Upserts by SKU. Bad lines are skipped and listed; a file that cannot be read as a whole (no header,
     * broken quoting, not UTF-8) is refused with 400 and nothing is applied. {@code dryRun=true} only checks.
     */
    @POST
    @Path("import")
    @Consumes({"text/csv", "application/csv"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public ImportResult importCsv(@QueryParam("dryRun") String dryRun, InputStream body) throws IOException {
        boolean dry = Boolean.TRUE.equals(QueryParams.bool("dryRun", dryRun));
        try (InputStream in = body) {
            return catalog.importCsv(in, dry, ImportProgress.NONE);
        } catch (CatalogImportException e) {
            throw new ProblemException(400, "validation", "The file cannot be imported", e.getMessage()
                    + ". Nothing was imported.", e.field());
        }
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    public Response exportCsv() {
        // The body is written after the request's filters have unbound the caller: bind it again for the export.
        TenantPrincipal caller = context.require();
        StreamingOutput out = stream -> context.runAs(caller, () -> {
            try {
                catalog.exportCsv(stream);
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Response.ok(out, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"catalog.csv\"").build();
    }

    @GET
    @Path("price")
    @Produces(MediaType.APPLICATION_JSON)
    public PriceView price(@QueryParam("sku") String sku, @QueryParam("quantity") String quantity,
            @QueryParam("priceList") String priceList) {
        String given = FieldRules.requiredText("sku", sku, Integer.MAX_VALUE);
        BigDecimal parsed = FieldRules.parseDecimal("quantity", quantity);
        BigDecimal qty = parsed == null ? BigDecimal.ONE : parsed;
        if (qty.signum() <= 0) {
            throw FieldRules.invalid("quantity", "quantity must be above 0", "field.range", "quantity", "0",
                    FieldRules.MAX_AMOUNT.toPlainString());
        }
        return catalog.price(given, qty, priceList).map(CatalogViews::view)
                .orElseThrow(() -> ProblemException.notFound("Product " + given));
    }
}
