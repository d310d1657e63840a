package org.offerbridge.quotation.internal;

/**
 * The one platform setting public links need, read from the platform's own configuration (etc/org.offerbridge.platform.cfg)
 * so that operators set the public base URL in one place.
 */
public @interface PublicLinkConfig {
    String PID = "org.offerbridge.platform";

    String publicBaseUrl() default "http://localhost:8181";
}
