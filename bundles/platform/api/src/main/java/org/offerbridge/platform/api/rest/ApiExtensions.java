package org.offerbridge.platform.api.rest;

/**
 * JAX-RS whiteboard names. Resources select {@link #APPLICATION}; the application itself requires the other
 * extensions, so nothing is served before authentication, authorization and error mapping are in place.
 */
public final class ApiExtensions {
    /** Name of the one JAX-RS application serving /api/v1; resources select it. */
    public static final String APPLICATION_NAME = "offerbridge";
    /** Filter for {@code @JaxrsApplicationSelect} on every resource and extension. */
    public static final String APPLICATION = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";
    /** Authentication, request ids, size limits, rate limits and idempotency. */
    public static final String GATEWAY = "(osgi.jaxrs.name=offerbridge.gateway)";
    /** Roles, capability and plan checks per resource method. */
    public static final String AUTHORIZATION = "(osgi.jaxrs.name=offerbridge.authorization)";
    /** Maps every exception to application/problem+json. */
    public static final String PROBLEMS = "(osgi.jaxrs.name=offerbridge.problems)";
    /** The API's JSON provider. */
    public static final String JSON = "(osgi.jaxrs.name=offerbridge.json)";

    private ApiExtensions() {
    }
}
