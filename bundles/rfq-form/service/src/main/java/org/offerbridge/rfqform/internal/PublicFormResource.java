package org.offerbridge.rfqform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;

import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.Public;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * The public form, /rfq/{token}: no credentials, rate-limited per client address by the gateway like every anonymous
 * call (the quote page's limit). Unknown tokens, forms that are off and workspaces that may not use the form now all get
 * the same 404. A script posts JSON and gets 201 {@code {"reference"}} or problem+json; a browser posts the page's form
 * ({@code multipart/form-data}, or {@code application/x-www-form-urlencoded}) and gets the thank-you page, or the form
 * again with its errors in its language.
 */
@Component(service = PublicFormResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("rfq")
@Public
public class PublicFormResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    static final String JAVASCRIPT = "text/javascript;charset=utf-8";
    /** What a refusal is for a client that did not ask for HTML (a script), as everywhere in the API. */
    static final String PROBLEM = "application/problem+json";
    private static final Pattern ROW = Pattern.compile("items\\.(\\d{1,3})\\.sku");
    private static final Pattern ITEM_FIELD = Pattern.compile("items\\[(\\d+)](.*)");
    private static final int MAX_FIELDS = 2000;
    /** A reference as {@link PublicForms#reference()} makes them; nothing else is shown back on the thank-you page. */
    static final Pattern REFERENCE = Pattern.compile("RFQ-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");

    private final PublicForms forms;

    @Activate
    public PublicFormResource(@Reference PublicForms forms) {
        this.forms = forms;
    }

    /** A script's submission. */
    public record SubmissionBody(String name, String email, String phone, String company, String message, List<ItemBody> items,
            String language, String formToken, String website) {
    }

    public record ItemBody(String sku, BigDecimal quantity, Map<String, String> options) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Submitted(String reference) {
    }

    @GET
    @Path("{token}")
    @Produces({MediaType.TEXT_HTML, PROBLEM})
    public Response page(@PathParam("token") String token, @QueryParam("sku") String sku, @QueryParam("lang") String lang,
            @QueryParam("sent") String sent, @HeaderParam("Accept-Language") String acceptLanguage, @Context HttpHeaders headers) {
        Optional<PublicForms.Open> form = forms.open(token);
        if (form.isEmpty()) {
            return notFound(lang, acceptLanguage, headers);
        }
        Locale locale = form.get().values().language(lang, acceptLanguage);
        if (sent != null && REFERENCE.matcher(sent).matches()) {
            // where a browser's post lands (post/redirect/get): the thank-you page with the reference, nothing else
            return html(200, FormPage.thanks(Texts.of(locale), form.get().values().thankYouText(), sent));
        }
        return html(200, forms.page(form.get(), locale, FieldRules.text("sku", sku, FormValues.MAX_SKU), FormPage.Notice.NONE));
    }

    /** The script that draws the form's button on the seller's page and opens the form in an overlay. */
    @GET
    @Path("{token}/embed.js")
    @Produces({"text/javascript", PROBLEM})
    public Response embed(@PathParam("token") String token) {
        PublicForms.Open form = forms.open(token).orElseThrow(() -> ProblemException.notFound("This form"));
        Locale locale = Locale.forLanguageTag(form.values().languages().get(0));
        String script = Embed.script(forms.formUrl(form), RfqFormsImpl.label(form.values(), locale), Texts.of(locale).get("close"));
        return Response.ok(script, JAVASCRIPT).header("Cache-Control", "max-age=300").header("X-Content-Type-Options", "nosniff")
                .header("Cross-Origin-Resource-Policy", "cross-origin").build();
    }

    @POST
    @Path("{token}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response submitJson(@PathParam("token") String token, SubmissionBody body, @HeaderParam("Accept-Language") String acceptLanguage) {
        PublicForms.Open form = forms.open(token).orElseThrow(() -> ProblemException.notFound("This form"));
        SubmissionBody b = FieldRules.body(body);
        List<SubmissionRules.ItemInput> items = new ArrayList<>();
        if (b.items() != null) {
            for (int i = 0; i < b.items().size(); i++) {
                ItemBody it = b.items().get(i);
                if (it == null) {
                    throw FieldRules.invalid("items[" + i + "]", "items[" + i + "] must be an object", "field.required", "items[" + i + "]");
                }
                items.add(new SubmissionRules.ItemInput(it.sku(), it.quantity() == null ? null : it.quantity().toPlainString(), it.options(), i));
            }
        }
        Locale locale = form.values().language(b.language(), acceptLanguage);
        PublicForms.Result r = forms.submit(form, new SubmissionRules.Input(b.name(), b.email(), b.phone(), b.company(), b.message(), items),
                List.of(), locale, false, b.formToken(), b.website());
        if (r.refusal() != null) {
            throw problem(r.refusal());
        }
        if (!r.errors().isEmpty()) {
            throw r.errors().get(0).problem();
        }
        return Response.status(Response.Status.CREATED).entity(new Submitted(r.reference())).build();
    }

    /** The page's form as {@code multipart/form-data}, with files. */
    @POST
    @Path("{token}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.TEXT_HTML, PROBLEM})
    public Response submitMultipart(@PathParam("token") String token, InputStream body, @Context HttpHeaders headers) {
        String acceptLanguage = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        Optional<PublicForms.Open> form = forms.open(token);
        if (form.isEmpty()) {
            return notFound(null, acceptLanguage, headers);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<PublicForms.Upload> uploads = new ArrayList<>();
        try {
            MimeMultipart parts = new MimeMultipart(new ByteArrayDataSource(body, headers.getHeaderString(HttpHeaders.CONTENT_TYPE)));
            int count = Math.min(parts.getCount(), MAX_FIELDS);
            for (int i = 0; i < count; i++) {
                BodyPart p = parts.getBodyPart(i);
                String[] disposition = p.getHeader("Content-Disposition");
                if (disposition == null || disposition.length == 0) {
                    continue;
                }
                ContentDisposition d = new ContentDisposition(disposition[0]);
                String name = d.getParameter("name");
                String fileName = d.getParameter("filename");
                byte[] bytes;
                try (InputStream in = p.getInputStream()) {
                    bytes = in.readAllBytes();
                }
                if (name == null) {
                    continue;
                }
                if (fileName != null) {
                    if (!fileName.isBlank() || bytes.length > 0) { // a file input left empty sends an empty part
                        uploads.add(new PublicForms.Upload(fileName.isBlank() ? "file" : fileName, p.getContentType(), bytes));
                    }
                } else {
                    fields.putIfAbsent(name, new String(bytes, StandardCharsets.UTF_8));
                }
            }
        } catch (ParseException e) {
            throw FieldRules.invalid("body", "The form body is not valid multipart/form-data", "body.invalid");
        } catch (MessagingException | IOException e) {
            throw FieldRules.invalid("body", "The form body could not be read as multipart/form-data", "body.invalid");
        }
        return browser(form.get(), fields, uploads, acceptLanguage, html(headers));
    }

    /** The page's form as {@code application/x-www-form-urlencoded} (no files). */
    @POST
    @Path("{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, PROBLEM})
    public Response submitForm(@PathParam("token") String token, MultivaluedMap<String, String> body,
            @HeaderParam("Accept-Language") String acceptLanguage, @Context HttpHeaders headers) {
        Optional<PublicForms.Open> form = forms.open(token);
        if (form.isEmpty()) {
            return notFound(null, acceptLanguage, headers);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (body != null) {
            body.forEach((k, v) -> {
                if (fields.size() < MAX_FIELDS && v != null && !v.isEmpty()) {
                    fields.put(k, v.get(0));
                }
            });
        }
        return browser(form.get(), fields, List.of(), acceptLanguage, html(headers));
    }

    /**
     * A form post. A browser (it asks for HTML) gets pages; a script posting the same fields gets problem+json for what
     * is refused, as with JSON. Success is the redirect to the thank-you page either way.
     */
    private Response browser(PublicForms.Open form, Map<String, String> fields, List<PublicForms.Upload> uploads, String acceptLanguage,
            boolean wantsHtml) {
        Locale locale = form.values().language(fields.get("lang"), acceptLanguage);
        Texts t = Texts.of(locale);
        SubmissionRules.Input in = input(fields);
        PublicForms.Result r = forms.submit(form, in, uploads, locale, true, fields.get("formToken"), fields.get("website"));
        if (!wantsHtml) {
            if (r.refusal() != null) {
                throw problem(r.refusal());
            }
            if (!r.errors().isEmpty()) {
                throw r.errors().get(0).problem();
            }
        }
        if (r.refusal() != null) {
            return switch (r.refusal()) {
                case TOO_FAST -> html(400, forms.page(form, locale, null, new FormPage.Notice(typed(fields), Map.of(), "error.tooFast")));
                case EXPIRED, TOKEN -> html(400, forms.page(form, locale, null, new FormPage.Notice(typed(fields), Map.of(), "error.expired")));
                case CAP -> withRetry(html(429, FormPage.message(t, "cap", form.formToken())), secondsToMidnight());
                case HONEYPOT -> html(400, FormPage.message(t, "refused", form.formToken()));
            };
        }
        if (!r.errors().isEmpty()) {
            Map<String, FormPage.Error> errors = new LinkedHashMap<>();
            for (SubmissionRules.FieldError e : r.errors()) {
                errors.putIfAbsent(formField(e.field(), in), new FormPage.Error(e.key(), e.arg()));
            }
            return html(400, forms.page(form, locale, null, new FormPage.Notice(typed(fields), errors, null)));
        }
        // post/redirect/get: a reload of the thank-you page sends nothing again; relative, so it holds behind any proxy
        return Response.status(303).header("Location", form.formToken() + "?sent=" + r.reference() + "&lang=" + locale.getLanguage())
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    /** A browser's fields as a submission: each product row with a quantity other than empty or zero is a chosen item. */
    static SubmissionRules.Input input(Map<String, String> fields) {
        TreeMap<Integer, SubmissionRules.ItemInput> rows = new TreeMap<>();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            Matcher m = ROW.matcher(f.getKey());
            if (!m.matches()) {
                continue;
            }
            int row = Integer.parseInt(m.group(1));
            String base = "items." + row;
            String quantity = fields.get(base + ".quantity");
            if (quantity == null || quantity.isBlank() || quantity.strip().matches("0+([.,]0*)?")) {
                continue;
            }
            Map<String, String> options = new LinkedHashMap<>();
            String prefix = base + ".option.";
            fields.forEach((k, v) -> {
                if (k.startsWith(prefix) && k.length() > prefix.length()) {
                    options.put(k.substring(prefix.length()), v);
                }
            });
            rows.put(row, new SubmissionRules.ItemInput(f.getValue(), quantity, options, row));
        }
        return new SubmissionRules.Input(fields.get("name"), fields.get("email"), fields.get("phone"), fields.get("company"),
                fields.get("message"), new ArrayList<>(rows.values()));
    }

    /** The form's name of a field the rules name as the API does: items[0].quantity is the quantity of that item's row. */
    static String formField(String field, SubmissionRules.Input in) {
        Matcher m = ITEM_FIELD.matcher(field);
        if (!m.matches()) {
            return field;
        }
        int i = Integer.parseInt(m.group(1));
        int row = i < in.items().size() ? in.items().get(i).row() : i;
        String rest = m.group(2);
        if (rest.startsWith(".options.")) {
            return "items." + row + ".option." + rest.substring(".options.".length());
        }
        return "items." + row + (rest.equals(".sku") || rest.equals(".options") ? ".quantity" : rest);
    }

    /** What the customer typed, to fill in again; never the hidden fields. */
    private static Map<String, String> typed(Map<String, String> fields) {
        Map<String, String> out = new LinkedHashMap<>(fields);
        out.remove("formToken");
        out.remove("website");
        out.remove("lang");
        return out;
    }

    private static ProblemException problem(PublicForms.Refusal refusal) {
        return switch (refusal) {
            case HONEYPOT -> FieldRules.invalid("website", "The submission was refused", "rfqForm.refused");
            case TOKEN -> FieldRules.invalid("formToken", "formToken is not a token of this form", "rfqForm.formToken");
            case TOO_FAST -> FieldRules.invalid("formToken", "The form was sent too soon after it was served; send it again",
                    "rfqForm.tooFast");
            case EXPIRED -> FieldRules.invalid("formToken", "The form was served too long ago; load it again", "rfqForm.expired");
            case CAP -> new ProblemException(429, "rfq-form-daily-limit", "Too many requests",
                    "This form takes no more requests today; try again tomorrow", null, Map.of("Retry-After", Long.toString(secondsToMidnight())));
        };
    }

    private static long secondsToMidnight() {
        java.time.Instant now = java.time.Instant.now();
        java.time.Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Math.max(1, Duration.between(now, midnight).getSeconds());
    }

    /** Whether the client asked for HTML (a browser): else refusals are problem+json, as for every script. */
    static boolean html(HttpHeaders headers) {
        String accept = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(MediaType.TEXT_HTML);
    }

    private Response notFound(String lang, String acceptLanguage, HttpHeaders headers) {
        if (!html(headers)) {
            throw ProblemException.notFound("This form");
        }
        Locale locale = FormValues.DEFAULTS.language(lang, acceptLanguage);
        return html(404, FormPage.message(Texts.of(locale), "notFound", null));
    }

    private static Response withRetry(Response r, long seconds) {
        return Response.fromResponse(r).header("Retry-After", seconds).build();
    }

    private static Response html(int status, String body) {
        Response.ResponseBuilder r = Response.status(status).type(HTML).entity(body);
        FormPage.HEADERS.forEach(r::header);
        return r.build();
    }
}
