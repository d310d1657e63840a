package org.offerbridge.quotation.internal.rest;

import java.util.Locale;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.FormParam;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.offerbridge.platform.api.net.ClientAddresses;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.Public;
import org.offerbridge.quotation.api.PublicQuote;
import org.offerbridge.quotation.api.PublicQuotes;
import org.offerbridge.quotation.api.QuoteDocumentData;
import org.offerbridge.quotation.api.QuotePdfWriter;
import org.offerbridge.quotation.internal.PublicLinks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The customer's public quote page, /q/{token}: no credentials, rate-limited per client address by the gateway like
 * every anonymous call. Unknown and revoked links get the same answer. The token is never logged.
 *
 * <p>Accept and reject each come two ways to the same path: JSON for integrators and scripts (the fixed contract:
 * JSON answer, problem+json errors), and the page's own HTML form ({@code application/x-www-form-urlencoded}), answered
 * with 303 back to the page (post/redirect/get) or, when nothing was done, the page again with a localized message
 * (400 naming the field, 409 when the quote can no longer be decided, 403 for a post from another site).
 *
 * <p>Cross-site request forgery: the token in the path is the only credential; no cookie or session exists that a
 * forged request could ride on, so a site that makes a browser post here must already know the link, and with it could
 * post itself. A form post acts only on the token in its URL (no field names a quote). An Origin or Referer check would
 * not work here: the page is sent with {@code Referrer-Policy: no-referrer} to keep the token out of other sites' logs,
 * under which browsers send no Referer and {@code Origin: null} with the form. A hidden form token could only be derived
 * from the link token and would prove nothing beyond knowing the URL. What is checked instead is the browser's own
 * {@code Sec-Fetch-Site} header, which no page can set and which the referrer policy does not affect: a form post that
 * the browser marks {@code cross-site} or {@code same-site} is refused; a missing header (older browsers, non-browser
 * clients) is allowed, as those gain nothing over the JSON calls. The page itself forbids framing and posting elsewhere
 * ({@link PublicPage#CSP}).
 */
@Component(service = PublicQuoteResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path(PublicQuoteResource.PATH)
@Public
public class PublicQuoteResource {
    /** The page's path under the API base: /q/{token}. */
    static final String PATH = "q";
    static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    private final PublicQuotes quotes;
    private final Origins origins;
    /** Which workspace a link belongs to, for the PDF writer's report of a template part it had to leave out. */
    private final PublicLinks links;

    @Context
    HttpServletRequest request;

    /** The PDF capability's writer; the page offers the download only while one is installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile QuotePdfWriter pdf;

    @Activate
    public PublicQuoteResource(@Reference PublicQuotes quotes, @Reference ClientAddresses addresses, @Reference PublicLinks links) {
        this.quotes = quotes;
        this.origins = new Origins(addresses);
        this.links = links;
    }

    /** Without the link resolution: a broken template part is then told to no workspace. */
    PublicQuoteResource(PublicQuotes quotes, ClientAddresses addresses) {
        this(quotes, addresses, null);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Decision(String status, String number, int revision) {
    }

    /** The JSON accept body: the customer's typed full name. */
    public record Acceptance(String name) {
    }

    /** The JSON reject body: an optional reason. */
    public record Rejection(String reason) {
    }

    @GET
    @Path("{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("token") String token, @HeaderParam("Accept-Language") String language) {
        Optional<PublicQuote> q = quotes.open(token, origins.of(request));
        if (q.isEmpty()) {
            return html(404, PublicPage.invalid(PublicPage.language(null, language)));
        }
        Locale locale = PublicPage.language(q.get().locale(), language);
        PublicQuote.State s = q.get().state();
        // expired and superseded links still show what was offered, under a clear notice
        int status = s == PublicQuote.State.EXPIRED || s == PublicQuote.State.SUPERSEDED ? 410 : 200;
        return html(status, PublicPage.quote(q.get(), locale, token, pdf != null, null));
    }

    /** The quote as the customer's PDF, in the page's language; the same 404 as the page for unknown and revoked links. */
    @GET
    @Path("{token}/pdf")
    @Produces({"application/pdf", "application/problem+json"})
    public Response pdf(@PathParam("token") String token, @HeaderParam("Accept-Language") String language) {
        QuoteDocumentData doc = quotes.document(token, PublicPage.language(null, language))
                .orElseThrow(() -> ProblemException.notFound("This link"));
        // the customer gets the document without the broken part; the seller's workspace is told, the customer not
        String tenantId = links == null ? null : links.tenantOfToken(token).orElse(null);
        return PdfDownload.of(pdf, doc, tenantId).header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex").build();
    }

    @POST
    @Path("{token}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Decision accept(@PathParam("token") String token, Acceptance body) {
        return decided(quotes.accept(token, FieldRules.body(body).name(), origins.of(request)));
    }

    @POST
    @Path("{token}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Decision reject(@PathParam("token") String token, Rejection body) {
        return decided(quotes.reject(token, FieldRules.body(body).reason(), origins.of(request)));
    }

    /** The page's accept form: {@code name}, the customer's typed full name. */
    @POST
    @Path("{token}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response acceptForm(@PathParam("token") String token, @FormParam("name") String name,
            @HeaderParam("Accept-Language") String language, @HeaderParam("Sec-Fetch-Site") String fetchSite) {
        return html(byForm(token, "accept", name, language, fetchSite));
    }

    /** The page's reject form: {@code reason}, optional. */
    @POST
    @Path("{token}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response rejectForm(@PathParam("token") String token, @FormParam("reason") String reason,
            @HeaderParam("Accept-Language") String language, @HeaderParam("Sec-Fetch-Site") String fetchSite) {
        return html(byForm(token, "reject", reason, language, fetchSite));
    }

    /** A form post's answer before it becomes a Response: a redirect ({@code location}) or a page ({@code html}). */
    record FormAnswer(int status, String location, String html) {
    }

    /**
     * Decides by a form post. Success answers 303 to the page; a refused decision shows the page again with the
     * reason, at the post's address. Both name the page relative to /q/{token}/accept as "../{token}", so the links
     * hold behind any proxy.
     */
    FormAnswer byForm(String token, String action, String value, String language, String fetchSite) {
        String back = "../" + token;
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            // neither the page itself nor a link the customer opened: a form on another site
            return new FormAnswer(403, null, PublicPage.message(PublicPage.language(null, language), "crossSite", back));
        }
        String field = action.equals("accept") ? "name" : "reason";
        PublicPage.Notice notice;
        int status;
        try {
            Optional<PublicQuote> done = action.equals("accept") ? quotes.accept(token, value, origins.of(request))
                    : quotes.reject(token, value, origins.of(request));
            if (done.isEmpty()) {
                return new FormAnswer(404, null, PublicPage.invalid(PublicPage.language(null, language)));
            }
            return new FormAnswer(303, back, null);
        } catch (ProblemException e) {
            status = e.status();
            if (status == 400) {
                notice = fieldNotice(action, field, value);
            } else if (status == 409) {
                notice = PublicPage.Notice.page("conflict");
            } else {
                throw e;
            }
        }
        // the page as it is now: still open for a 400, or decided, expired or replaced for a 409
        Optional<PublicQuote> now = quotes.open(token, origins.of(request));
        if (now.isEmpty()) {
            return new FormAnswer(404, null, PublicPage.invalid(PublicPage.language(null, language)));
        }
        Locale locale = PublicPage.language(now.get().locale(), language);
        return new FormAnswer(status, null, PublicPage.quote(now.get(), locale, back, pdf != null, notice));
    }

    /** The service names the field; which of its rules failed is told by the value itself. */
    private static PublicPage.Notice fieldNotice(String action, String field, String value) {
        String v = value == null ? "" : value.strip();
        int max = field.equals("name") ? PublicPage.MAX_NAME : PublicPage.MAX_REASON;
        if (v.isEmpty()) {
            return PublicPage.Notice.field(action, field, "error." + field + ".required", null, value);
        }
        if (v.length() > max) {
            return PublicPage.Notice.field(action, field, "error." + field + ".tooLong", max, value);
        }
        return PublicPage.Notice.field(action, field, "error." + field + ".invalid", null, value);
    }

    private static Response html(FormAnswer a) {
        if (a.location() != null) {
            // a relative Location as given: JAX-RS would resolve a URI against the server's own view of its address
            return Response.status(a.status()).header("Location", a.location()).header("Cache-Control", "no-store")
                    .header("Referrer-Policy", "no-referrer").header("X-Robots-Tag", "noindex").build();
        }
        return html(a.status(), a.html());
    }

    private static Decision decided(Optional<PublicQuote> q) {
        PublicQuote p = q.orElseThrow(() -> ProblemException.notFound("This link"));
        return new Decision(p.state().name().toLowerCase(Locale.ROOT), p.number(), p.revision());
    }

    private static Response html(int status, String body) {
        Response.ResponseBuilder r = Response.status(status).type(HTML).entity(body);
        PublicPage.HEADERS.forEach(r::header);
        return r.build();
    }
}
