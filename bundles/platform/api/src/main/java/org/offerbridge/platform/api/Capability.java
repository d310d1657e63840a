package org.offerbridge.platform.api;

import java.net.URL;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered as an OSGi service by each capability bundle. While registered, the capability counts as
 * installed; a tenant may use it when its plan lists {@link #id()}.
 */
@ConsumerType
public interface Capability {

    /** Stable identifier used in plans, e.g. {@code system-messages}. */
    String id();

    /** Human-readable English title; UIs translate by {@link #id()}. */
    String title();

    /** One sentence on what the capability does. */
    String description();

    /** An OpenAPI 3 document with this capability's paths and schemas, merged into /api/v1/openapi.json. */
    default Optional<URL> openApiFragment() {
        return Optional.empty();
    }
}
