package org.offerbridge.quotation.internal.rest;

import java.lang.annotation.Annotation;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.offerbridge.platform.api.rest.ApiExtensions;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The gateway refuses a client over the anonymous rate limit with problem+json before any resource runs. A customer's
 * browser on the public quote page would show that JSON as raw text, so for a browser (text/html in Accept) this turns
 * such an answer on /q/... into the page's own localized "please wait" page. Status and Retry-After stay as they are;
 * scripts and integrators, which do not ask for HTML, keep the problem+json.
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsName("offerbridge.quote-page.busy")
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
public class BusyPageFilter implements ContainerResponseFilter {
    private static final Pattern PUBLIC = Pattern.compile("/?" + PublicQuoteResource.PATH + "/([^/]+)(/.*)?");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != Response.Status.TOO_MANY_REQUESTS.getStatusCode()) {
            return;
        }
        String html = page(request.getUriInfo().getPath(false), request.getHeaderString(HttpHeaders.ACCEPT),
                request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (html != null) {
            response.setEntity(html, new Annotation[0], MediaType.valueOf(PublicQuoteResource.HTML));
            PublicPage.HEADERS.forEach(response.getHeaders()::putSingle);
        }
    }

    /**
     * The busy page for a browser's request to {@code path} (relative to the API base), or null where the problem+json
     * should stay: not the public page, or a client that did not ask for HTML.
     */
    static String page(String path, String accept, String acceptLanguage) {
        if (accept == null || !accept.toLowerCase(Locale.ROOT).contains(MediaType.TEXT_HTML)) {
            return null;
        }
        Matcher m = PUBLIC.matcher(path == null ? "" : path);
        if (!m.matches()) {
            return null;
        }
        // the link back, relative as the page's own links are: "{token}" from /q/{token}, "../{token}" from below it
        String back = m.group(2) == null ? m.group(1) : "../" + m.group(1);
        return PublicPage.message(PublicPage.language(null, acceptLanguage), "busy", back);
    }
}
