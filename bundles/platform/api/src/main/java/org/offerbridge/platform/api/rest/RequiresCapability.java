package org.offerbridge.platform.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource class or method as part of a capability. The platform answers 402 naming the plan and
 * the capability when the caller's plan does not include it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresCapability {
    /** The capability id, as registered by its {@code Capability} service. */
    String value();
}
