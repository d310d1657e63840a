package org.offerbridge.rfqform.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/** Public form URLs under the server's public base URL (the platform's {@code publicBaseUrl}, as the quote links use). */
@Component(service = FormUrls.class, configurationPid = "org.offerbridge.platform")
public class FormUrls {
    /** The form's path: inside the API, so the gateway's anonymous rate limit and problem answers apply. */
    static final String PATH = "/api/v1/rfq/";

    /** The platform's setting, read as a component property type: the platform owns its metatype. */
    @interface Config {
        String publicBaseUrl() default "http://localhost:8181";
    }

    private volatile String base;

    @Activate
    public FormUrls(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        String b = config.publicBaseUrl().strip();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    String of(String formToken) {
        return base + PATH + formToken;
    }
}
