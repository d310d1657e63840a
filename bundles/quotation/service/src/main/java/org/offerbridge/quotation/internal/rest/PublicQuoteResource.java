package org.offerbridge.quotation.internal.rest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.Public;
import org.offerbridge.quotation.api.PublicQuote;
import org.offerbridge.quotation.api.PublicQuotes;
import org.offerbridge.quotation.api.QuoteDocumentData;
import org.offerbridge.quotation.api.QuotePdfWriter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The customer's public quote page, /q/{token}: no credentials, rate-limited per client address by the gateway like
 * every anonymous call. Unknown and revoked links get the same answer. The token is never logged.
 */
@Component(service = PublicQuoteResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("q")
@Public
public class PublicQuoteResource {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    private final PublicQuotes quotes;

    @Context
    HttpServletRequest request;

    /** The PDF capability's writer; the page offers the download only while one is installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile QuotePdfWriter pdf;

    @Activate
    public PublicQuoteResource(@Reference PublicQuotes quotes) {
        this.quotes = quotes;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Decision(String status, String number, int revision) {
    }

    @GET
    @Path("{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("token") String token, @HeaderParam("Accept-Language") String language) {
        Optional<PublicQuote> q = quotes.open(token, Origins.of(request));
        if (q.isEmpty()) {
            return html(404, PublicPage.invalid(PublicPage.language(null, language)));
        }
        Locale locale = PublicPage.language(q.get().locale(), language);
        PublicQuote.State s = q.get().state();
        // expired and superseded links still show what was offered, under a clear notice
        int status = s == PublicQuote.State.EXPIRED || s == PublicQuote.State.SUPERSEDED ? 410 : 200;
        return html(status, PublicPage.quote(q.get(), locale, pdf == null ? null : token + "/pdf"));
    }

    /** The quote as the customer's PDF, in the page's language; the same 404 as the page for unknown and revoked links. */
    @GET
    @Path("{token}/pdf")
    @Produces({"application/pdf", "application/problem+json"})
    public Response pdf(@PathParam("token") String token, @HeaderParam("Accept-Language") String language) {
        QuoteDocumentData doc = quotes.document(token, PublicPage.language(null, language))
                .orElseThrow(() -> ProblemException.notFound("This link"));
        return PdfDownload.of(pdf, doc).header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex").build();
    }

    @POST
    @Path("{token}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Decision accept(@PathParam("token") String token, JsonNode body) {
        JsonBody b = JsonBody.of(body, Set.of("name"));
        return decided(quotes.accept(token, b.text("name"), Origins.of(request)));
    }

    @POST
    @Path("{token}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Decision reject(@PathParam("token") String token, JsonNode body) {
        JsonBody b = JsonBody.of(body, Set.of("reason"));
        return decided(quotes.reject(token, b.text("reason"), Origins.of(request)));
    }

    private static Decision decided(Optional<PublicQuote> q) {
        PublicQuote p = q.orElseThrow(() -> ProblemException.notFound("This link"));
        return new Decision(p.state().name().toLowerCase(Locale.ROOT), p.number(), p.revision());
    }

    private static Response html(int status, String body) {
        return Response.status(status).type(HTML).header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex").entity(body).build();
    }
}
