package org.offerbridge.rfqform.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * Public form URLs under the server's public base URL (the platform's {@code publicBaseUrl}, as the quote links use), and
 * the largest body the platform's gateway takes from an anonymous caller ({@code maxRequestBytes}), which bounds a
 * form's files before the file store's own limits do.
 */
@Component(service = FormUrls.class, configurationPid = "org.offerbridge.platform")
public class FormUrls {
    /** The form's path: inside the API, so the gateway's anonymous rate limit and problem answers apply. */
    static final String PATH = "/api/v1/rfq/";

    /** The platform's setting, read as a component property type: the platform owns its metatype. */
    @interface Config {
        String publicBaseUrl() default "http://localhost:8181";

        long maxRequestBytes() default 1_048_576;
    }

    /** Room the form's text fields and the multipart framing take beside the files. */
    static final long FIELDS_ALLOWANCE = 64 * 1024;
    private volatile String base;
    private volatile long maxBody;

    @Activate
    public FormUrls(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        String b = config.publicBaseUrl().strip();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        this.maxBody = config.maxRequestBytes();
    }

    /** How many bytes of files a form post can carry through the gateway. */
    long maxFilesBytes() {
        return Math.max(0, maxBody - FIELDS_ALLOWANCE);
    }

    /** A view of the admin UI (staff sign in there), e.g. {@code requests}: {@code <base>/ui/#!requests}. */
    String adminView(String state) {
        return base + "/ui/#!" + state;
    }

    String of(String formToken) {
        return base + PATH + formToken;
    }
}
